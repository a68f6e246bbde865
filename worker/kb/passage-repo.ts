import { z } from "zod";
import { inParts } from "../d1-parts.ts";
import { ftsQuery } from "./query-terms.ts";

export interface RetrievalHit {
  passageId: number;
  articleId: string;
  title: string;
  url: string | null;
  /** The article's tags: what its author says it is about. */
  tags: string[];
  heading: string | null;
  text: string;
  /** Section number within the article (0 = first). */
  position: number;
  /** BM25 relevance, higher is better (0 = no lexical evidence). */
  score: number;
  /** Cosine similarity to the question, when hybrid retrieval embedded it. */
  similarity?: number;
}

type Row = {
  id: number;
  article_id: string;
  title: string;
  url: string | null;
  tags: string;
  heading: string | null;
  text: string;
  position: number;
  rank: number;
};

/** Full-text search over a site's passages, best first. Title and heading matches weigh more than body text. */
export async function searchPassages(db: D1Database, siteId: string, question: string, limit = 5): Promise<RetrievalHit[]> {
  const match = ftsQuery(question);
  if (!match) return [];
  const { results } = await db
    .prepare(
      `SELECT p.id, p.article_id, a.title, a.url, a.tags, p.heading, p.text, p.position,
              bm25(kb_fts, 0.0, 4.0, 2.0, 1.0, 2.0) AS rank
       FROM kb_fts
       JOIN kb_passages p ON p.id = kb_fts.rowid
       JOIN kb_articles a ON a.id = p.article_id
       WHERE kb_fts MATCH ? AND kb_fts.site_id = ? AND a.status = 'published'
       ORDER BY rank
       LIMIT ?`,
    )
    .bind(match, siteId, limit)
    .all<Row>();
  return results.map(toHit);
}

/** Passages by id (for hits only vector search found), with no lexical score. */
export async function passagesById(db: D1Database, ids: number[]): Promise<RetrievalHit[]> {
  if (ids.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT p.id, p.article_id, a.title, a.url, a.tags, p.heading, p.text, p.position, 0 AS rank
       FROM kb_passages p JOIN kb_articles a ON a.id = p.article_id WHERE a.status = 'published' AND p.id IN (${ids.map(() => "?").join(", ")})`,
    )
    .bind(...ids)
    .all<Row>();
  return results.map(toHit);
}

/** The site's passages embedded by `model`, as stored (little-endian float32 blobs). */
export async function passageEmbeddings(db: D1Database, siteId: string, model: string): Promise<{ id: number; embedding: ArrayBuffer }[]> {
  const { results } = await db
    .prepare(
      `SELECT p.id, p.embedding FROM kb_passages p JOIN kb_articles a ON a.id = p.article_id
       WHERE p.site_id = ? AND p.embedding_model = ? AND p.embedding IS NOT NULL AND a.status = 'published'`,
    )
    .bind(siteId, model)
    .all<{ id: number; embedding: ArrayBuffer }>();
  return results;
}

/**
 * In how many passages each indexed term occurs (kb_vocab, fts5vocab), and, when asked for, how many passages
 * there are (a scan of every passage: worker/kb/vocab-cache.ts keeps the answer), in one round trip.
 */
export async function termDocuments(
  db: D1Database,
  terms: string[],
  withTotal: boolean,
): Promise<{ documents: Map<string, number>; total: number | null }> {
  // Long word lists go in parts (D1's parameter limit), still one batch.
  const statements = inParts(terms, TERMS_PER_STATEMENT).map((part) => db.prepare(`SELECT term, doc FROM kb_vocab WHERE term IN (${part.map(() => "?").join(", ")})`).bind(...part));
  const parts = statements.length;
  if (withTotal) statements.push(db.prepare("SELECT count(*) AS n FROM kb_passages"));
  if (statements.length === 0) return { documents: new Map(), total: null };
  const answers = await db.batch(statements);
  const vocab = answers.slice(0, parts).flatMap((a) => (a.results ?? []) as { term: string; doc: number }[]);
  const count = withTotal ? (answers.at(-1)?.results?.[0] as { n?: number } | undefined) : undefined;
  return { documents: new Map(vocab.map((r) => [r.term, r.doc])), total: withTotal ? Number(count?.n ?? 0) : null };
}

const TERMS_PER_STATEMENT = 90;

function toHit(r: Row): RetrievalHit {
  return {
    passageId: r.id,
    articleId: r.article_id,
    title: r.title,
    url: r.url,
    tags: parseTags(r.tags, r.article_id),
    heading: r.heading,
    text: r.text,
    position: r.position,
    score: -r.rank,
  };
}

/** kb_articles.tags is a JSON array of strings (written by ArticleRepo); anything else reads as no tags. */
const Tags = z.array(z.string());

function parseTags(json: string, articleId: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    console.warn(`article ${articleId}: tags are not JSON, read as none:`, String(error));
    return [];
  }
  const tags = Tags.safeParse(value);
  if (!tags.success) console.warn(`article ${articleId}: tags are not a list of strings, read as none`);
  return tags.success ? tags.data : [];
}
