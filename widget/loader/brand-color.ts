/** Used when the site sets no colour, or one the browser cannot parse. */
const DEFAULT_BRAND = "#2563eb";

/**
 * The brand colour, as `--bc` on the host: it inherits into the shadow tree,
 * so the loader and the app both read it. Inline and !important, because a
 * page rule matching the host (even `* { --bc: red }`) would otherwise win.
 * The text colour on it (`--bt`) is derived in CSS (see BRAND_TEXT_CSS).
 */
export function applyBrandColor(host: HTMLElement, color: string | undefined): void {
  host.style.setProperty("--bc", color && CSS.supports("color", color) ? color : DEFAULT_BRAND, "important");
}

/**
 * White text on dark brands, near-black on light ones (OKLCH lightness
 * above ~0.64, e.g. yellow or orange). Browsers without relative colours
 * keep white. Set on the widget's own elements, not :host, so that no page
 * rule can reach it.
 */
export const BRAND_TEXT_CSS =
  ".l,.panel{--bt:#fff}@supports (color:oklch(from red l c h)){.l,.panel{--bt:oklch(from var(--bc) clamp(.2,(.64 - l)*99,1) 0 0)}}";
