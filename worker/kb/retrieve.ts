import type { Embedder } from "./embedder.ts";
import { passagesById, searchPassages, type RetrievalHit } from "./passage-repo.ts";
import { termWeights, type TermWeights } from "./term-weights.ts";
import { vectorSearch } from "./vector-search.ts";

export interface Retrieval {
  hits: RetrievalHit[];
  weights: TermWeights;
}

// Reciprocal rank fusion constant: the usual 60 keeps either list from dominating.
const RRF_K = 60;

/**
 * Full-text retrieval and the question's term weights; with an embedder,
 * also vector search, fused with BM25 by reciprocal rank. A failing embedder
 * leaves retrieval lexical rather than failing the turn.
 */
export async function retrieve(
  db: D1Database,
  siteId: string,
  question: string,
  limit = 8,
  embedder: Embedder | null = null,
): Promise<Retrieval> {
  const [lexical, weights, semantic] = await Promise.all([
    searchPassages(db, siteId, question, limit),
    termWeights(db, question),
    embedder ? semanticSearch(db, siteId, question, limit, embedder) : Promise.resolve([]),
  ]);
  if (semantic.length === 0) return { hits: lexical, weights };
  const fused = new Map<number, { hit: RetrievalHit | null; score: number; similarity?: number }>();
  lexical.forEach((hit, rank) => fused.set(hit.passageId, { hit, score: 1 / (RRF_K + rank + 1) }));
  semantic.forEach(({ passageId, similarity }, rank) => {
    const entry = fused.get(passageId) ?? { hit: null, score: 0 };
    fused.set(passageId, { ...entry, score: entry.score + 1 / (RRF_K + rank + 1), similarity });
  });
  const missing = [...fused].filter(([, e]) => !e.hit).map(([id]) => id);
  const fetched = new Map((await passagesById(db, missing)).map((h) => [h.passageId, h]));
  const hits = [...fused]
    .sort(([, a], [, b]) => b.score - a.score)
    .flatMap(([id, e]) => {
      const hit = e.hit ?? fetched.get(id);
      return hit ? [{ ...hit, ...(e.similarity !== undefined ? { similarity: e.similarity } : {}) }] : [];
    });
  return { hits: hits.slice(0, limit), weights };
}

async function semanticSearch(db: D1Database, siteId: string, question: string, limit: number, embedder: Embedder) {
  try {
    const [query] = await embedder.embed([question]);
    return query ? await vectorSearch(db, siteId, embedder.model, query, limit) : [];
  } catch (error) {
    console.warn(`vector search for site ${siteId} failed; using full-text only:`, String(error));
    return [];
  }
}
