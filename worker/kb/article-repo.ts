import { z } from "zod";
import { randomId } from "../auth/base64url.ts";
import { forgetStamps, KB_GLOBAL, kbScope } from "../cache/stamps.ts";
import { chunkMarkdown, type Chunk } from "./chunk.ts";
import { toBlob, type Embedder } from "./embedder.ts";

export const ArticleInput = z.object({
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(100_000),
  /** Absolute http(s) URL, or a path on the site the widget is embedded in ("/help/returns"). */
  url: z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/[^\s]*$/, "a URL or a path starting with /")]).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
});
export type ArticleInput = z.input<typeof ArticleInput>;

/** A draft is being written (from a knowledge gap) and is invisible to every retrieval path until published. */
export type ArticleStatus = "draft" | "published";

export interface Article {
  id: string;
  siteId: string;
  title: string;
  body: string;
  url: string | null;
  tags: string[];
  updatedAt: number;
  status: ArticleStatus;
}

type Row = { id: string; site_id: string; title: string; body: string; url: string | null; tags: string; updated_at: number; status: ArticleStatus };

/**
 * Articles and their passages in D1. Writing an article replaces its passages
 * and their full-text rows (and, with an embedder, their vectors) in one
 * batch, so search never sees half an edit. A draft is stored without
 * passages: full-text search, the vocabulary (kb_vocab), vectors and the
 * passage count all stay as if it did not exist until it is published.
 */
export class ArticleRepo {
  private readonly db: D1Database;
  private readonly embedder: Embedder | null;

  constructor(db: D1Database, embedder: Embedder | null = null) {
    this.db = db;
    this.embedder = embedder;
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

  /**
   * Creates the article, or replaces it when `id` names an existing one, as
   * `status` says: an edit of a draft passes "draft" to keep it one (the
   * editor's PUT does). No read first: the CLI's recorder only writes.
   */
  async save(siteId: string, input: ArticleInput, id: string = randomId(12), status: ArticleStatus = "published"): Promise<Article> {
    const data = ArticleInput.parse(input);
    const kept = status;
    const article: Article = { id, siteId, title: data.title, body: data.body, url: data.url ?? null, tags: data.tags, updatedAt: Date.now(), status: kept };
    const chunks = kept === "published" ? chunkMarkdown(data.body) : [];
    const vectors = await this.vectors(article.title, chunks);
    const tags = data.tags.join(" ");
    await this.db.batch([
      ...this.deletePassages(id),
      this.db
        .prepare(
          `INSERT INTO kb_articles (id, site_id, title, body, url, tags, updated_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, url = excluded.url,
             tags = excluded.tags, updated_at = excluded.updated_at, status = excluded.status`,
        )
        .bind(id, siteId, article.title, article.body, article.url, JSON.stringify(article.tags), article.updatedAt, kept),
      ...chunks.flatMap((chunk, position) => [
        this.db
          .prepare(
            `INSERT INTO kb_passages (article_id, site_id, position, heading, text, embedding, embedding_model)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(id, siteId, position, chunk.heading, chunk.text, vectors?.[position] ?? null, vectors ? this.embedder?.model ?? null : null),
        this.db
          .prepare(
            `INSERT INTO kb_fts (rowid, site_id, title, heading, text, tags)
             VALUES ((SELECT id FROM kb_passages WHERE article_id = ? AND position = ?), ?, ?, ?, ?, ?)`,
          )
          .bind(id, position, siteId, article.title, chunk.heading ?? "", chunk.text, tags),
      ]),
    ]);
    forgetStamps(kbScope(siteId), KB_GLOBAL);
    return article;
  }

  /** Publishes a draft: it is indexed (and embedded) now, and answers questions from then on. */
  async publish(siteId: string, id: string): Promise<Article | null> {
    const draft = await this.get(siteId, id);
    if (!draft) return null;
    return this.save(siteId, draft, id, "published");
  }

  /** Embeds passages stored without a vector (or with another model's); returns how many it did. */
  async embedMissing(siteId: string, limit = 200): Promise<number> {
    if (!this.embedder) return 0;
    const { results } = await this.db
      .prepare(
        `SELECT p.id, p.heading, p.text, a.title FROM kb_passages p JOIN kb_articles a ON a.id = p.article_id
         WHERE p.site_id = ? AND a.status = 'published' AND (p.embedding IS NULL OR p.embedding_model IS NOT ?) LIMIT ?`,
      )
      .bind(siteId, this.embedder.model, limit)
      .all<{ id: number; heading: string | null; text: string; title: string }>();
    if (results.length === 0) return 0;
    const vectors = await this.embedder.embed(results.map((r) => passageText(r.title, r)));
    await this.db.batch(
      results.map((r, i) =>
        this.db
          .prepare("UPDATE kb_passages SET embedding = ?, embedding_model = ? WHERE id = ?")
          .bind(toBlob(vectors[i] ?? new Float32Array()), this.embedder?.model ?? null, r.id),
      ),
    );
    // Touches the articles: the trigger bumps the knowledge-base stamps, so cached vector matrices reload.
    await this.db.prepare("UPDATE kb_articles SET updated_at = ? WHERE site_id = ?").bind(Date.now(), siteId).run();
    forgetStamps(kbScope(siteId), KB_GLOBAL);
    return results.length;
  }

  /** Vectors for the chunks, or null (search stays lexical) when there is no embedder or it fails. */
  private async vectors(title: string, chunks: Chunk[]): Promise<ArrayBuffer[] | null> {
    if (!this.embedder || chunks.length === 0) return null;
    try {
      return (await this.embedder.embed(chunks.map((c) => passageText(title, c)))).map(toBlob);
    } catch (error) {
      console.warn(`embedding "${title}" failed; saved without vectors (embedMissing retries):`, String(error));
      return null;
    }
  }

  async delete(siteId: string, id: string): Promise<boolean> {
    const existing = await this.get(siteId, id);
    if (!existing) return false;
    await this.db.batch([...this.deletePassages(id), this.db.prepare("DELETE FROM kb_articles WHERE id = ?").bind(id)]);
    forgetStamps(kbScope(siteId), KB_GLOBAL);
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
    status: row.status,
  };
}

/** What a passage's vector is computed from: its article's title and section heading give it context. */
function passageText(title: string, chunk: { heading: string | null; text: string }): string {
  return [title, chunk.heading, chunk.text].filter(Boolean).join("\n");
}
