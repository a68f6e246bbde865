import { indexStem, stem } from "../ai/extract/words.ts";
import { cachedTermDocuments } from "./vocab-cache.ts";
import { queryTerms } from "./query-terms.ts";

/** How informative each word of a question is: inverse document frequency over the indexed passages. */
export interface TermWeights {
  /** Stemmed question terms, each once. */
  terms: string[];
  weight(stemmed: string): number;
  /** In how many passages the knowledge base uses the word (0: never). */
  documents(stemmed: string): number;
}

/** Document frequencies of the question's stems (kb_vocab, cached per knowledge-base stamp: vocab-cache.ts). */
export async function termWeights(db: D1Database, question: string): Promise<TermWeights> {
  const { terms, weight, documents } = await wordWeights(db, queryTerms(question));
  // Order numbers, references and codes the knowledge base never mentions say which order, not what
  // is asked ("where is order 1135426"): they must not count as the unanswered part of the question.
  const asked = terms.filter((t) => documents(t) > 0 || !/\d/.test(t));
  return { terms: asked, weight, documents };
}

/** The IDF of each of `words` (already significant words, e.g. queryTerms'), stemmed, over the indexed passages. */
export async function wordWeights(db: D1Database, words: string[]): Promise<TermWeights> {
  const terms = [...new Set(words.map(stem))];
  if (terms.length === 0) return { terms, weight: () => 0, documents: () => 0 };
  // The index keys words by plain Porter stems; ours fold irregular forms ("cheaper" → "cheap", "sent" → "send"),
  // so a folded word is looked up under the index's spelling too and counts as often as its commonest form.
  const indexed = new Map<string, string[]>();
  for (const word of words) indexed.set(stem(word), [...new Set([...(indexed.get(stem(word)) ?? [stem(word)]), indexStem(word)])]);
  const lookup = [...new Set([...indexed.values()].flat())];
  const { documents: rows, total } = await cachedTermDocuments(db, lookup);
  const df = new Map<string, number>();
  for (const [term, forms] of indexed) {
    const doc = Math.max(0, ...forms.map((f) => rows.get(f) ?? 0));
    if (doc > 0) df.set(term, doc);
  }
  return { terms, weight: (t) => idf(total, df.get(t) ?? 0), documents: (t) => df.get(t) ?? 0 };
}

/**
 * A knowledge base is weighed as if it had at least this many passages: in a
 * brand-new one with three articles every word would look common.
 */
const MIN_CORPUS = 50;

/** BM25's IDF, never negative; a word the knowledge base never uses weighs the most. */
export function idf(total: number, docFrequency: number): number {
  const n = Math.max(total, MIN_CORPUS);
  return Math.log(1 + (n - docFrequency + 0.5) / (docFrequency + 0.5));
}

/** Weights from a fixed table, for code that already knows them (tests, benchmarks). */
export function weightsFrom(terms: string[], table: Map<string, number>, fallback: number): TermWeights {
  return { terms, weight: (t) => table.get(t) ?? fallback, documents: (t) => (table.has(t) ? 1 : 0) };
}
