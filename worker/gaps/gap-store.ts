import { z } from "zod";
import type { ArticleStatus } from "../kb/article-repo.ts";
import type { TrackedGap } from "../protocol/index.ts";

/** A group an admin drafted an article from (kb_gaps), with its centroid for matching later questions. */
export interface StoredGap extends TrackedGap {
  siteId: string;
  terms: Record<string, number>;
  embedding: ArrayBuffer | null;
  model: string | null;
}

type Row = {
  id: string;
  site_id: string;
  article_id: string | null;
  label: string;
  terms: string;
  embedding: ArrayBuffer | null;
  embedding_model: string | null;
  created_at: number;
  published_at: number | null;
  article_title: string | null;
  article_status: ArticleStatus | null;
};

const Terms = z.record(z.string(), z.number());

export interface NewGap {
  id: string;
  workspaceId: string;
  siteId: string;
  articleId: string;
  label: string;
  terms: Record<string, number>;
  embedding: ArrayBuffer | null;
  model: string | null;
  questions: number;
  createdBy: string;
  createdAt: number;
}

export async function insertGap(db: D1Database, gap: NewGap): Promise<void> {
  await db
    .prepare(
      `INSERT INTO kb_gaps (id, workspace_id, site_id, article_id, label, terms, embedding, embedding_model, questions, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(gap.id, gap.workspaceId, gap.siteId, gap.articleId, gap.label, JSON.stringify(gap.terms), gap.embedding, gap.model, gap.questions, gap.createdBy, gap.createdAt)
    .run();
}

/** The site's tracked gaps, newest first, with their article's title and status. */
export async function siteGaps(db: D1Database, siteId: string): Promise<StoredGap[]> {
  const { results } = await db
    .prepare(
      `SELECT g.id, g.site_id, g.article_id, g.label, g.terms, g.embedding, g.embedding_model, g.created_at, g.published_at,
         a.title AS article_title, a.status AS article_status
       FROM kb_gaps g LEFT JOIN kb_articles a ON a.id = g.article_id
       WHERE g.site_id = ? ORDER BY g.created_at DESC LIMIT 200`,
    )
    .bind(siteId)
    .all<Row>();
  return results.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    label: r.label,
    articleId: r.article_id,
    articleTitle: r.article_title,
    status: r.article_status ?? "draft",
    createdAt: r.created_at,
    publishedAt: r.published_at,
    terms: Terms.catch({}).parse(JSON.parse(r.terms)),
    embedding: r.embedding,
    model: r.embedding_model,
  }));
}

/** The article went live: its gap's "after" starts now (only the first publication counts; edits do not move it). */
export async function markPublished(db: D1Database, articleId: string, at: number): Promise<void> {
  await db.prepare("UPDATE kb_gaps SET published_at = ? WHERE article_id = ? AND published_at IS NULL").bind(at, articleId).run();
}

/** What the API shows of a stored gap. */
export function trackedOf(gap: StoredGap): TrackedGap {
  return { id: gap.id, label: gap.label, articleId: gap.articleId, articleTitle: gap.articleTitle, status: gap.status, createdAt: gap.createdAt, publishedAt: gap.publishedAt };
}
