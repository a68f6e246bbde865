import type { ComponentChildren } from "preact";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than the URL. */
const TRAILING = /[.,;:!?)\]'"]+$/;

/**
 * Message text as text nodes, never markup: `<img onerror=…>` shows
 * literally. Only http(s) URLs become links, opened in a new tab without
 * giving that tab a handle on this page.
 */
export function RichText({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, "");
    const href = safeHref(url);
    if (!href) continue;
    parts.push(text.slice(last, match.index), <ExternalLink href={href}>{url}</ExternalLink>);
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** An absolute http(s) URL (relative ones resolve against the page), or null for anything else. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
