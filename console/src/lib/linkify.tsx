import type { ComponentChildren } from "preact";
import { safeHttpUrl } from "./format.ts";

// Candidate links: http(s) only, up to whitespace or characters that end a URL in prose.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that usually closes the sentence rather than the URL.
const TRAILING = /[.,;:!?)\]}'"]+$/;

/**
 * Renders message text as text nodes (never HTML), with http(s) URLs turned
 * into links that open in a new tab without giving it access to this one.
 */
export function Linkified({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, "");
    const href = safeHttpUrl(raw);
    if (!href || raw.length === 0) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={href} target="_blank" rel="noopener noreferrer nofollow">
        {raw}
      </a>,
    );
    last = start + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
