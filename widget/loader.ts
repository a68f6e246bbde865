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
 *   Baton("configure", {color, title, greeting, position: "right" | "left"})
 * The same options as data-* attributes: data-title, data-color, data-greeting,
 * data-position, and data-open="true" to open on load.
 */
import { applyBrandColor } from "./loader/brand-color.ts";
import { installApi } from "./loader/command-api.ts";
import { createLauncher } from "./loader/launcher.ts";
import { loadApp } from "./loader/load-app.ts";
import { mergeOptions, readVisitor } from "./loader/script-options.ts";
import { LIVE_FOR_MS, liveKey, type AppHandle, type VisitorProfile } from "./shared/contract.ts";

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
  };

  function ensureApp(): Promise<AppHandle> {
    app ??= loadApp(new URL("widget-app.js", script.src).href).then(
      (mount) =>
        mount({
          root: launcher.root,
          apiBase: base,
          options,
          visitor,
          requestClose: () => setOpen(false, true),
          launcher: launcher.button,
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
      style();
    } else if (command === "identify") {
      visitor = { ...visitor, ...readVisitor(arg) };
    } else {
      return console.warn("Baton: unknown command", command);
    }
    void app?.then((handle) => (command === "configure" ? handle.configure(options) : handle.identify(visitor)));
  });

  const show = () => {
    // On <html>, not <body>: a transform or filter on the page's body would re-anchor our fixed position.
    document.documentElement.append(launcher.host);
    style();
    // Site ids are slugs (worker/sites/site-settings.ts), safe in a path as they are.
    fetch(`${base}/api/sites/${options.site}/widget`)
      .then((r) => r.json())
      // The app reads its title from the same settings and its colour from the host, so it needs no word of this.
      .then((site: unknown) => {
        look = site;
        style();
      })
      .catch(() => {}); // the defaults stay
    if (data.open === "true") setOpen(true, false);
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
