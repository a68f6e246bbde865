/**
 * Turns a help-centre web page into an article: its title (<h1>, else
 * <title>) and its readable text as Markdown-ish paragraphs and headings.
 * Uses workerd's streaming HTMLRewriter, so nothing is built in memory but
 * the text. Navigation, scripts, styles, headers, footers and forms are skipped.
 */
export interface PageArticle {
  title: string;
  body: string;
}

const SKIP = "script, style, noscript, nav, header, footer, form, aside, svg, template, button";
const BLOCKS = "p, li, h2, h3, h4, td, th, dd, dt, blockquote, pre";

export async function articleFromHtml(response: Response): Promise<PageArticle> {
  let title = "";
  let h1 = "";
  const blocks: string[] = [];
  let current = "";
  let prefix = "";
  let skipping = 0;
  let inTitle = false;
  let inH1 = false;
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) blocks.push(prefix + text);
    current = "";
    prefix = "";
  };
  const rewriter = new HTMLRewriter()
    .on(SKIP, {
      element(el) {
        skipping++;
        el.onEndTag(() => {
          skipping--;
        });
      },
    })
    .on("title", {
      element(el) {
        inTitle = true;
        el.onEndTag(() => {
          inTitle = false;
        });
      },
    })
    .on("h1", {
      element(el) {
        inH1 = true;
        el.onEndTag(() => {
          inH1 = false;
        });
      },
    })
    .on(BLOCKS, {
      element(el) {
        if (skipping) return;
        flush();
        prefix = /^h[2-4]$/.test(el.tagName) ? "## " : el.tagName === "li" ? "- " : "";
        el.onEndTag(flush);
      },
    })
    .onDocument({
      text(chunk) {
        if (inTitle) title += chunk.text;
        else if (inH1 && !skipping) h1 += chunk.text;
        else if (!skipping) current += chunk.text;
      },
    });
  await rewriter.transform(response).arrayBuffer();
  flush();
  const body = blocks.reduce((out, block) => {
    const list = block.startsWith("- ");
    const previousList = out.endsWith("\n") === false && /(^|\n)- [^\n]*$/.test(out);
    return out ? `${out}${list && previousList ? "\n" : "\n\n"}${block}` : block;
  }, "");
  return { title: decode(h1.trim() || title.trim()), body: decode(body) };
}

/** HTMLRewriter hands text with entities as written. */
export function decode(text: string): string {
  return text
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
