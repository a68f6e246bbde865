import { decode } from "../kb/html-article.ts";

/**
 * The text of an HTML-only email (clients that send no plain part), with
 * the quoted history left out where the HTML marks it: <blockquote>, Gmail's
 * .gmail_quote, Thunderbird's cite prefix. What the HTML does not mark
 * (Outlook's "From: … Sent: …" block) reply-text.ts cuts from the text.
 * Uses workerd's streaming HTMLRewriter, like kb/html-article.ts: one pass
 * removes what is not the reply, a second collects the text.
 */
const SKIP = "head, style, script, template, blockquote, .gmail_quote, .gmail_signature, .moz-cite-prefix, [type=cite]";
const BLOCKS = "p, div, li, tr, table, ul, ol, pre, h1, h2, h3, h4, h5, h6";

function html(body: BodyInit | null): Response {
  return new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

export async function htmlToText(source: string): Promise<string> {
  const reply = new HTMLRewriter().on(SKIP, {
    element(el) {
      el.remove();
    },
  });
  let out = "";
  const text = new HTMLRewriter()
    // Void elements have no end tag to wait for.
    .on("br, hr", {
      element() {
        out += "\n";
      },
    })
    .on(BLOCKS, {
      element(el) {
        out += "\n";
        el.onEndTag(() => {
          out += "\n";
        });
      },
    })
    .onDocument({
      text(chunk) {
        // Line breaks in HTML source are spaces; only the elements above make new lines.
        out += chunk.text.replace(/\s+/g, " ");
      },
    });
  await text.transform(html(reply.transform(html(source)).body)).arrayBuffer();
  return decode(out)
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
