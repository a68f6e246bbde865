import type { ComponentChildren } from "preact";
import { parseBlocks } from "./markdown-blocks.ts";
import { siteHref } from "./site-url.ts";

// `code`, **bold**, [text](url), *em* or _em_ — in that order of precedence.
const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|\*([^*\s][^*]*)\*|\b_([^_\s][^_]*)_\b/g;

interface Props {
  source: string;
  /** Resolves links that are paths ("/help/returns") against this site address. */
  base?: string | null;
}

/**
 * A small, safe Markdown renderer: every piece of text becomes a text node
 * (never HTML), and only http(s) links are links.
 */
export function Markdown({ source, base }: Props) {
  return (
    <div class="md">
      {parseBlocks(source).map((block, i) => {
        switch (block.kind) {
          case "heading": {
            const Tag = `h${Math.min(6, block.level + 1)}` as "h2" | "h3" | "h4" | "h5" | "h6";
            return <Tag key={i}>{inline(block.text, base)}</Tag>;
          }
          case "paragraph":
            return <p key={i}>{inline(block.text, base)}</p>;
          case "quote":
            return <blockquote key={i}>{inline(block.text, base)}</blockquote>;
          case "code":
            return (
              <pre key={i}>
                <code>{block.text}</code>
              </pre>
            );
          case "rule":
            return <hr key={i} />;
          case "list": {
            const items = block.items.map((item, j) => <li key={j}>{inline(item, base)}</li>);
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
        }
      })}
    </div>
  );
}

function inline(text: string, base: string | null | undefined): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const [, code, bold, label, url, em, em2] = m;
    if (code !== undefined) out.push(<code key={m.index}>{code}</code>);
    else if (bold !== undefined) out.push(<strong key={m.index}>{inline(bold, base)}</strong>);
    else if (label !== undefined) out.push(link(label, url ?? "", base, m.index));
    else out.push(<em key={m.index}>{em ?? em2}</em>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function link(label: string, url: string, base: string | null | undefined, key: number): ComponentChildren {
  const href = siteHref(url, base);
  if (!href) return <span key={key} class="md-link-off" title={url}>{label}</span>;
  return (
    <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow">
      {label}
    </a>
  );
}
