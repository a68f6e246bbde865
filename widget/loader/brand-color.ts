/** Used when the site sets no colour, or one the browser cannot parse. */
const DEFAULT_BRAND = "#2563eb";

/**
 * The brand colour, as `--bc` on the host: it inherits into the shadow tree,
 * so the loader and the app both read it. The text colour on it (`--bt`) is
 * derived in CSS (see BRAND_TEXT_CSS).
 */
export function applyBrandColor(host: HTMLElement, color: string | undefined): void {
  host.style.setProperty("--bc", color && CSS.supports("color", color) ? color : DEFAULT_BRAND);
}

/**
 * White text on dark brands, near-black on light ones (OKLCH lightness
 * above ~0.64, e.g. yellow or orange). Browsers without relative colours
 * keep white.
 */
export const BRAND_TEXT_CSS =
  ":host{--bt:#fff}@supports (color:oklch(from red l c h)){:host{--bt:oklch(from var(--bc) clamp(.2,(.64 - l)*99,1) 0 0)}}";
