/**
 * Reads the small front matter help-centre Markdown files carry:
 *   ---
 *   title: Shipping options
 *   url: /help/shipping-options
 *   tags: [shipping, delivery]
 *   ---
 * The title falls back to the first `# heading`, which is then removed from the body.
 */
export interface ParsedArticle {
  title: string | null;
  url: string | null;
  tags: string[];
  body: string;
}

export function parseFrontMatter(text: string): ParsedArticle {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  const fields = new Map<string, string>();
  if (match) {
    for (const line of (match[1] ?? "").split("\n")) {
      const pair = /^(\w+):\s*(.*)$/.exec(line.trim());
      if (pair?.[1]) fields.set(pair[1].toLowerCase(), (pair[2] ?? "").trim());
    }
  }
  let body = match ? normalized.slice(match[0].length) : normalized;
  let title = unquote(fields.get("title")) || null;
  const heading = /^\s*#\s+(.+)\n?/.exec(body);
  if (!title && heading?.[1]) {
    title = heading[1].trim();
    body = body.slice(heading[0].length);
  }
  const tags = (fields.get("tags") ?? "")
    .replace(/^\[|\]$/g, "")
    .split(",")
    .map((t) => unquote(t.trim()))
    .filter(Boolean);
  return { title, url: unquote(fields.get("url")) || null, tags, body: body.trim() };
}

function unquote(value: string | undefined): string {
  return (value ?? "").replace(/^(["'])(.*)\1$/, "$2");
}
