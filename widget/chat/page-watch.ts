const CHECK_EVERY_MS = 2_000;

/**
 * Calls `changed` when the visitor navigates inside a single-page app.
 * `pushState` fires no event at all, so a cheap periodic URL comparison
 * covers it, `popstate` and `hashchange` alike.
 */
export function watchPage(changed: () => void): () => void {
  let url = location.href;
  const timer = setInterval(() => {
    if (location.href === url) return;
    url = location.href;
    changed();
  }, CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
