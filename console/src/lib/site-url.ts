import { safeHttpUrl } from "./format.ts";

/**
 * A link for a knowledge-base URL. Articles may store a path ("/help/returns")
 * meaning "on the site the widget runs on", so a path is resolved against the
 * visitor's page when we know it. Only http(s) results become links.
 */
export function siteHref(url: string | null | undefined, pageUrl?: string | null): string | null {
  if (!url) return null;
  if (!url.startsWith("/") || url.startsWith("//")) return safeHttpUrl(url);
  if (!pageUrl) return null;
  try {
    return safeHttpUrl(new URL(url, new URL(pageUrl).origin).href);
  } catch {
    return null;
  }
}
