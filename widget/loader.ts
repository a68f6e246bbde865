/**
 * widget.js: the one tag a site embeds. Draws the launcher at once and loads
 * the chat app (widget-app.js, next to this file) only when it is needed:
 * on first open, or right away when a conversation is still going.
 *
 *   <script src="https://<host>/widget.js" data-site="<site>" async></script>
 *
 * Page API (calls made before load are queued, see loader/command-api.ts):
 *   Baton("open" | "close" | "toggle")
 *   Baton("identify", {name, email, tier})      sent when the conversation starts
 *   Baton("configure", {color, title, greeting, lang, position: "right" | "left"})
 * The same options as data-* attributes: data-title, data-color, data-greeting,
 * data-position, data-lang, and data-open="true" to open on load.
 */
import { applyBrandColor } from "./loader/brand-color.ts";
import { installApi } from "./loader/command-api.ts";
import { createLauncher } from "./loader/launcher.ts";
import { mergeOptions, readVisitor } from "./loader/script-options.ts";
import { RESUME_FRAGMENT } from "../worker/protocol/resume.ts";
import { APP_GLOBAL, LIVE_FOR_MS, liveKey, type AppHandle, type VisitorProfile } from "./shared/contract.ts";
import { loadGlobal } from "./shared/load-global.ts";

const script = document.currentScript;
if (script instanceof HTMLScriptElement && !window.Baton?.ready) boot(script);

function boot(script: HTMLScriptElement): void {
  const data = script.dataset;
  const base = new URL(script.src).origin;
  // What the page sets (data-* and configure) wins over the site's look from its settings.
  let overrides = mergeOptions({ site: data.site ?? "", position: "right" }, data);
  let look: unknown;
  let options = overrides;
  if (!options.site) return console.error("Baton: no data-site");
  let visitor: VisitorProfile = {};
  let open = false;
  let app: Promise<AppHandle> | null = null;

  const launcher = createLauncher(() => setOpen(!open, true));
  const style = () => {
    options = mergeOptions(mergeOptions(overrides, look), overrides);
    applyBrandColor(launcher.host, options.color);
    launcher.setPosition(options.position);
    void app?.then((handle) => handle.configure(options));
  };

  function ensureApp(): Promise<AppHandle> {
    app ??= loadGlobal(new URL("widget-app.js", script.src).href, APP_GLOBAL).then(
      (mount) =>
        mount({
          root: launcher.root,
          apiBase: base,
          options,
          visitor,
          requestClose: () => setOpen(false, true),
          launcher: launcher.button,
          load: loadGlobal,
        }),
      (error: unknown) => {
        app = null; // the next click tries again
        throw error;
      },
    );
    return app;
  }

  /** `byPerson`: clicked or `Baton(...)`, so focus follows; `data-open` moves nothing. */
  function setOpen(next: boolean, byPerson: boolean): void {
    open = next;
    launcher.setOpen(open);
    if (!open && byPerson) launcher.button.focus();
    if (open || app) {
      ensureApp().then(
        (handle) => handle.setOpen(open, byPerson && open),
        (error: unknown) => {
          console.error(error);
          launcher.setOpen((open = false));
        },
      );
    }
  }

  installApi((command, arg) => {
    if (command === "open" || command === "close" || command === "toggle") {
      return setOpen(command === "toggle" ? !open : command === "open", true);
    }
    if (command === "configure") {
      overrides = mergeOptions(overrides, arg);
      return style();
    }
    if (command !== "identify") return console.warn("Baton: unknown command", command);
    visitor = { ...visitor, ...readVisitor(arg) };
    void app?.then((handle) => handle.identify(visitor));
  });

  const show = () => {
    // On <html>, not <body>: a transform or filter on the page's body would re-anchor our fixed position.
    document.documentElement.append(launcher.host);
    style();
    // Site ids are slugs (worker/sites/site-settings.ts), safe in a path as they are.
    fetch(`${base}/api/sites/${options.site}/widget`)
      .then((r) => r.json())
      // The site's title and greeting reach the app as options (style() passes them on); its colour through the host.
      .then((site: unknown) => {
        look = site;
        style();
      })
      .catch(() => {}); // the defaults stay
    // An emailed link back to the conversation (#baton-resume=…) opens it; the app trades the token.
    if (data.open === "true" || location.hash.includes(RESUME_FRAGMENT)) setOpen(true, false);
    else if (recentlyLive(options.site)) void ensureApp().catch(() => {});
  };
  if (document.body) show();
  else addEventListener("DOMContentLoaded", show);
}

/** A conversation that is still going connects on page load, so replies and page changes flow. */
function recentlyLive(site: string): boolean {
  try {
    return Date.now() - Number(localStorage.getItem(liveKey(site))) < LIVE_FOR_MS;
  } catch {
    return false; // storage blocked (privacy mode, sandboxed frame)
  }
}
