import { z } from "zod";
import { randomId } from "../auth/base64url.ts";
import { chunkMarkdown } from "./chunk.ts";

export const ArticleInput = z.object({
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(100_000),
  /** Absolute http(s) URL, or a path on the site the widget is embedded in ("/help/returns"). */
  url: z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/[^\s]*$/, "a URL or a path starting with /")]).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
});
export type ArticleInput = z.input<typeof ArticleInput>;

export interface Article {
  id: string;
  siteId: string;
  title: string;
  body: string;
  url: string | null;
  tags: string[];
  updatedAt: number;
}

type Row = { id: string; site_id: string; title: string; body: string; url: string | null; tags: string; updated_at: number };

/**
 * Articles and their passages in D1. Writing an article replaces its passages
 * and their full-text rows in one batch, so search never sees half an edit.
 */
export class ArticleStore {
  private readonly db: D1Database;

  constructor(db: D1Database) {
    this.db = db;
  }

  async list(siteId: string): Promise<Article[]> {
    const { results } = await this.db
      .prepare("SELECT * FROM kb_articles WHERE site_id = ? ORDER BY title")
      .bind(siteId)
      .all<Row>();
    return results.map(toArticle);
  }

  async get(siteId: string, id: string): Promise<Article | null> {
    const row = await this.db.prepare("SELECT * FROM kb_articles WHERE site_id = ? AND id = ?").bind(siteId, id).first<Row>();
    return row ? toArticle(row) : null;
  }

  /** Creates the article, or replaces it when `id` names an existing one. */
  async save(siteId: string, input: ArticleInput, id: string = randomId(12)): Promise<Article> {
    const data = ArticleInput.parse(input);
    const article: Article = { id, siteId, title: data.title, body: data.body, url: data.url ?? null, tags: data.tags, updatedAt: Date.now() };
    const chunks = chunkMarkdown(data.body);
    const tags = data.tags.join(" ");
    await this.db.batch([
      ...this.deletePassages(id),
      this.db
        .prepare(
          `INSERT INTO kb_articles (id, site_id, title, body, url, tags, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, url = excluded.url,
             tags = excluded.tags, updated_at = excluded.updated_at`,
        )
        .bind(id, siteId, article.title, article.body, article.url, JSON.stringify(article.tags), article.updatedAt),
      ...chunks.flatMap((chunk, position) => [
        this.db
          .prepare("INSERT INTO kb_passages (article_id, site_id, position, heading, text) VALUES (?, ?, ?, ?, ?)")
          .bind(id, siteId, position, chunk.heading, chunk.text),
        this.db
          .prepare(
            `INSERT INTO kb_fts (rowid, site_id, title, heading, text, tags)
             VALUES ((SELECT id FROM kb_passages WHERE article_id = ? AND position = ?), ?, ?, ?, ?, ?)`,
          )
          .bind(id, position, siteId, article.title, chunk.heading ?? "", chunk.text, tags),
      ]),
    ]);
    return article;
  }

  async delete(siteId: string, id: string): Promise<boolean> {
    const existing = await this.get(siteId, id);
    if (!existing) return false;
    await this.db.batch([...this.deletePassages(id), this.db.prepare("DELETE FROM kb_articles WHERE id = ?").bind(id)]);
    return true;
  }

  private deletePassages(articleId: string): D1PreparedStatement[] {
    return [
      this.db.prepare("DELETE FROM kb_fts WHERE rowid IN (SELECT id FROM kb_passages WHERE article_id = ?)").bind(articleId),
      this.db.prepare("DELETE FROM kb_passages WHERE article_id = ?").bind(articleId),
    ];
  }
}

function toArticle(row: Row): Article {
  return {
    id: row.id,
    siteId: row.site_id,
    title: row.title,
    body: row.body,
    url: row.url,
    tags: JSON.parse(row.tags) as string[],
    updatedAt: row.updated_at,
  };
}
