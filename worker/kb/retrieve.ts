import { searchPassages, type RetrievalHit } from "./search.ts";
import { termWeights, type TermWeights } from "./term-weights.ts";

export interface Retrieval {
  hits: RetrievalHit[];
  weights: TermWeights;
}

/** Full-text retrieval and the question's term weights, fetched together. */
export async function retrieve(db: D1Database, siteId: string, question: string, limit = 8): Promise<Retrieval> {
  const [hits, weights] = await Promise.all([searchPassages(db, siteId, question, limit), termWeights(db, question)]);
  return { hits, weights };
}
