import { t } from "../i18n/words.ts";

/**
 * The unread count on the launcher: replies that arrived while the panel was
 * closed. It lives in the app, not the loader, to keep widget.js tiny; the
 * loader only ever shows a count once the app is running anyway.
 */
export function unreadBadge(launcher: HTMLButtonElement): (count: number) => void {
  const badge = document.createElement("b");
  badge.className = "n";
  badge.dataset.testid = "baton-unread";
  badge.hidden = true;
  launcher.append(badge);
  return (count) => {
    badge.hidden = count < 1;
    badge.textContent = count > 9 ? "9+" : String(count);
    // Only counted while closed; at 0 the loader's own label ("Open chat" / "Close chat") stands.
    if (count > 0) launcher.setAttribute("aria-label", t("Open chat ({0} new)", count));
  };
}
