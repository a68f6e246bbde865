/**
 * The demo shop's help centre: one static page per knowledge-base article at
 * /help/<slug>, rendered from the same Markdown the assistant answers from,
 * so every citation and every link on the demo page leads somewhere real.
 * Runs at build time in Node.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { marked } from "marked";
import { readArticleFolder } from "../cli/kb-folder.ts";

const STYLE = `body{font:16px/1.6 system-ui,sans-serif;margin:0;color:#1d2b24;background:#f6f8f5}
header{background:#1f6f50;color:#fff;padding:14px 24px}header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:760px;margin:0 auto;padding:24px}h1{line-height:1.25}h2{margin-top:1.6em}
a{color:#1f6f50}.back{display:inline-block;margin-top:2em}ul{padding-left:1.3em}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Kestrel Help</title><style>${STYLE}</style></head>
<body><header><a href="/">Kestrel Outdoor Co.</a> · <a href="/help/">Help centre</a></header>
<main>${body}<a class="back" href="/help/">← All help topics</a></main>
<script src="/widget.js" data-site="demo" data-title="Kestrel Support" data-color="#1f6f50" async></script>
</body></html>
`;
}

export function buildHelpPages(outDir: string, kbFolder: string): number {
  const articles = readArticleFolder(kbFolder);
  const helpDir = path.join(outDir, "help");
  mkdirSync(helpDir, { recursive: true });
  for (const { slug, input } of articles) {
    // The KB is our own trusted content; Markdown is rendered as written.
    const html = marked.parse(input.body, { async: false });
    writeFileSync(path.join(helpDir, `${slug}.html`), page(input.title, `<h1>${escapeHtml(input.title)}</h1>${html}`));
  }
  const index = articles
    .map(({ slug, input }) => `<li><a href="/help/${slug}">${escapeHtml(input.title)}</a></li>`)
    .join("\n");
  writeFileSync(path.join(helpDir, "index.html"), page("Help centre", `<h1>Help centre</h1><ul>${index}</ul>`));
  return articles.length;
}
