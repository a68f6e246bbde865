import { decode } from "../kb/html-article.ts";

/**
 * The text of an HTML-only email (clients that send no plain part), with
 * the quoted history left out where the HTML marks it: <blockquote>, Gmail's
 * .gmail_quote, Thunderbird's cite prefix. What the HTML does not mark
 * (Outlook's "From: … Sent: …" block) reply-text.ts cuts from the text.
 * Uses workerd's streaming HTMLRewriter, like kb/html-article.ts.
 */
const SKIP = "head, style, script, template, blockquote, .gmail_quote, .gmail_signature, .moz-cite-prefix, [type=cite]";
const BLOCKS = "p, div, li, tr, table, ul, ol, pre, h1, h2, h3, h4, h5, h6";

export async function htmlToText(html: string): Promise<string> {
  let out = "";
  let skipping = 0;
  const rewriter = new HTMLRewriter()
    .on(SKIP, {
      element(el) {
        skipping++;
        el.onEndTag(() => {
          skipping--;
        });
      },
    })
    // Void elements have no end tag to wait for.
    .on("br, hr", {
      element() {
        if (!skipping) out += "\n";
      },
    })
    .on(BLOCKS, {
      element(el) {
        if (!skipping) out += "\n";
        el.onEndTag(() => {
          if (!skipping) out += "\n";
        });
      },
    })
    .onDocument({
      text(chunk) {
        // Line breaks in HTML source are spaces; only the elements above make new lines.
        if (!skipping) out += chunk.text.replace(/\s+/g, " ");
      },
    });
  await rewriter.transform(new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } })).arrayBuffer();
  return decode(out)
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
