import type { Position } from "../shared/contract.ts";
import { BRAND_TEXT_CSS } from "./brand-color.ts";

// Inline `!important` beats any page rule, even `* { display: none !important }`.
const HOST_STYLE = "all:initial!important;position:fixed!important;z-index:2147483000!important";

const icon = (name: string, d: string) =>
  `<svg class="${name}" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${d}"/></svg>`;

const CSS =
  ".l{position:fixed;bottom:20px;right:20px;width:58px;height:58px;padding:0;border:0;border-radius:50%;" +
  "background:var(--bc);color:var(--bt);cursor:pointer;display:grid;place-items:center;box-shadow:0 8px 24px #0f172a3d}" +
  ".l:hover{filter:brightness(1.1)}.l:focus-visible{outline:3px solid var(--bc);outline-offset:3px;box-shadow:0 0 0 3px #fff}.l svg{width:26px;height:26px}" +
  ":host([data-pos=left]) .l{right:auto;left:20px}.x,:host([data-open]) .c{display:none}:host([data-open]) .x{display:block}" +
  "@media (max-width:480px){:host([data-open]) .l{display:none}}";

export interface Launcher {
  host: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
  setOpen(open: boolean): void;
  setPosition(position: Position): void;
}

/**
 * The chat bubble, in its own shadow root so neither the page's CSS nor ours
 * leaks across. The root stays in this closure; the app mounts into it.
 */
export function createLauncher(onClick: () => void): Launcher {
  const host = document.createElement("baton-widget");
  host.style.cssText = HOST_STYLE;
  // Open mode so test tools and assistive tech can reach inside; the reference itself is never published.
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML =
    `<style>${BRAND_TEXT_CSS}${CSS}</style><button class="l" data-testid="baton-launcher" aria-haspopup="dialog">` +
    icon("c", "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z") +
    icon("x", "M18 6 6 18M6 6l12 12") +
    "</button>";
  const button = root.querySelector("button") as HTMLButtonElement;
  button.onclick = onClick;
  const launcher: Launcher = {
    host,
    root,
    button,
    setOpen(open) {
      host.toggleAttribute("data-open", open);
      button.setAttribute("aria-expanded", String(open));
      button.setAttribute("aria-label", open ? "Close chat" : "Open chat");
    },
    setPosition: (position) => host.setAttribute("data-pos", position),
  };
  launcher.setOpen(false);
  return launcher;
}
