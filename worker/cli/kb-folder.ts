import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleInput } from "../kb/article-repo.ts";
import { parseFrontMatter } from "../kb/front-matter.ts";

export interface FolderArticle {
  /** The file name without `.md`: a stable id, so importing again updates instead of duplicating. */
  slug: string;
  input: ArticleInput;
}

/** Every `*.md` file in `folder` as an article (front matter: title, url, tags). */
export function readArticleFolder(folder: string): FolderArticle[] {
  if (!existsSync(folder)) throw new Error(`no such folder: ${folder}`);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const parsed = parseFrontMatter(readFileSync(path.join(folder, name), "utf8"));
      const slug = name.replace(/\.md$/, "");
      return { slug, input: { title: parsed.title ?? slug, body: parsed.body, url: parsed.url ?? null, tags: parsed.tags } };
    });
}
