import { parseFrontMatter } from "../../../worker/kb/front-matter.ts";
import type { ImportedFile } from "../api/kb-api.ts";

/** The server's limits (ArticleInput, and the import's slug rule). */
const MAX_TITLE = 300;
const MAX_TAGS = 30;
const MAX_TAG = 50;
const MAX_BODY = 100_000;

export interface FolderRead {
  articles: ImportedFile[];
  /** Files left out or changed, with why: shown beside the import result. */
  notes: string[];
}

/**
 * Markdown files picked in the browser → articles to import. Front matter
 * gives title, URL and tags; the file name (without .md) is the slug, so
 * importing the same folder again updates instead of duplicating.
 */
export async function readMarkdownFiles(files: File[]): Promise<FolderRead> {
  const notes: string[] = [];
  const bySlug = new Map<string, ImportedFile>();
  const markdown = files.filter((f) => /\.(md|markdown)$/i.test(f.name) && !isHidden(pathOf(f)));
  const ignored = files.length - markdown.length;
  if (ignored > 0) notes.push(`${ignored} ${ignored === 1 ? "file" : "files"} ignored (not Markdown, or hidden).`);
  for (const file of markdown) {
    const parsed = parseFrontMatter(await file.text());
    const stem = file.name.replace(/\.(md|markdown)$/i, "");
    if (!parsed.body) {
      notes.push(`${pathOf(file)}: skipped, no text.`);
      continue;
    }
    const slug = slugOf(stem);
    if (slug && bySlug.has(slug)) notes.push(`${pathOf(file)}: same file name as another file; the last one wins.`);
    const url = parsed.url && /^(https?:\/\/|\/)\S*$/.test(parsed.url) ? parsed.url : null;
    if (parsed.url && !url) notes.push(`${pathOf(file)}: URL “${parsed.url}” ignored (needs http(s):// or a leading /).`);
    const article: ImportedFile = {
      title: (parsed.title ?? stem).slice(0, MAX_TITLE),
      body: parsed.body.slice(0, MAX_BODY),
      url,
      tags: parsed.tags.map((t) => t.slice(0, MAX_TAG)).slice(0, MAX_TAGS),
      ...(slug ? { slug } : {}),
    };
    bySlug.set(slug ?? `#${bySlug.size}`, article);
  }
  return { articles: [...bySlug.values()], notes };
}

/** "Shipping Options" → "shipping-options": the server accepts lowercase letters, digits and dashes. */
export function slugOf(name: string): string | undefined {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || undefined;
}

function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** Dot-folders (.git, .obsidian) and dot-files are not articles. */
function isHidden(path: string): boolean {
  return path.split("/").some((part) => part.startsWith("."));
}
