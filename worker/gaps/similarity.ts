import { stem } from "../ai/extract/words.ts";
import { fromBlob, type Embedder } from "../kb/embedder.ts";
import { wordWeights, type TermWeights } from "../kb/term-weights.ts";
import { queryTerms } from "../kb/query-terms.ts";

/**
 * A question (or a group's sum of questions) as a vector: stemmed term
 * counts offline, an embedding with Workers AI. A group's centroid is the
 * sum of its members' vectors, so one cosine compares a question with a
 * question or with a group, when grouping and when matching later questions.
 */
export type Vec = { kind: "terms"; terms: Map<string, number> } | { kind: "dense"; values: Float32Array };

export interface Similarity {
  /** "lexical", or the embedding model. */
  readonly name: string;
  /** The cosine from which a question belongs to a group. */
  readonly threshold: number;
  vectors(texts: string[]): Promise<Vec[]>;
  cosine(a: Vec, b: Vec): number;
}

/** Question words say how something is asked, not what about: "how do I return" and "can I return" are one need. */
const ASKING = new Set(["how", "where", "when", "why"]);

/** The words a question is grouped by: its significant words (query-terms.ts), without question words and numbers. */
function questionWords(text: string): string[] {
  return queryTerms(text).filter((w) => !ASKING.has(w) && !/\d/.test(w));
}

/** Those words stemmed, each once. */
export function questionStems(text: string): string[] {
  return [...new Set(questionWords(text).map(stem))];
}

/** Above a half: with equal weights "cancel my order" and "track my order" (one word of two shared) score exactly 0.5 and stay apart. */
const LEXICAL_THRESHOLD = 0.55;
/** bge-m3 cosine: ~0.45 unrelated, ~0.8 the same question (worker/ai/confidence.ts). */
const DENSE_THRESHOLD = 0.72;

/**
 * Stemmed terms weighted by their IDF over the knowledge base (term-weights.ts,
 * as retrieval weighs them): the words that tell gaps apart are the ones the
 * knowledge base lacks ("gift wrap"), not the ones it covers everywhere
 * ("order"). With an empty knowledge base every word weighs the same.
 */
export function lexicalSimilarity(weights: TermWeights): Similarity {
  const weight = (t: string) => weights.weight(t) ** 2;
  return {
    name: "lexical",
    threshold: LEXICAL_THRESHOLD,
    vectors: async (texts) => texts.map((text) => ({ kind: "terms", terms: new Map(questionStems(text).map((t) => [t, 1])) })),
    cosine: (a, b) => {
      if (a.kind !== "terms" || b.kind !== "terms") return 0;
      let dot = 0;
      for (const [t, n] of a.terms) dot += n * (b.terms.get(t) ?? 0) * weight(t);
      const norm = (v: Map<string, number>) => Math.sqrt([...v].reduce((sum, [t, n]) => sum + n * n * weight(t), 0));
      return dot === 0 ? 0 : dot / (norm(a.terms) * norm(b.terms));
    },
  };
}

/** The lexical similarity for these texts: one kb_vocab look-up for all their words. */
export async function lexicalFor(db: D1Database, texts: string[]): Promise<Similarity> {
  return lexicalSimilarity(await wordWeights(db, [...new Set(texts.flatMap(questionWords))]));
}

/** Embeddings (Workers AI selected): questions close in meaning group even with no word in common. */
export function denseSimilarity(embedder: Embedder): Similarity {
  return {
    name: embedder.model,
    threshold: DENSE_THRESHOLD,
    vectors: async (texts) => (texts.length === 0 ? [] : (await embedder.embed(texts)).map((v) => ({ kind: "dense", values: unit(v) }))),
    cosine: (a, b) => {
      if (a.kind !== "dense" || b.kind !== "dense" || a.values.length !== b.values.length) return 0;
      let dot = 0;
      for (let i = 0; i < a.values.length; i++) dot += (a.values[i] ?? 0) * (b.values[i] ?? 0);
      return dot / (norm(a.values) * norm(b.values) || 1);
    },
  };
}

/** The sum of vectors of one kind: a group's centroid. */
export function sum(vectors: Vec[]): Vec {
  const first = vectors[0];
  if (first?.kind === "dense") {
    const values = new Float32Array(first.values.length);
    for (const v of vectors) if (v.kind === "dense") v.values.forEach((x, i) => (values[i] = (values[i] ?? 0) + x));
    return { kind: "dense", values };
  }
  const terms = new Map<string, number>();
  for (const v of vectors) if (v.kind === "terms") for (const [t, n] of v.terms) terms.set(t, (terms.get(t) ?? 0) + n);
  return { kind: "terms", terms };
}

/**
 * A stored group as the similarity in use compares it: its terms offline;
 * its embedding when made by this model, else its representative question
 * embedded now (the site changed provider since).
 */
export async function storedVector(
  similarity: Similarity,
  stored: { label: string; terms: Record<string, number>; embedding: ArrayBuffer | null; model: string | null },
): Promise<Vec> {
  if (similarity.name === "lexical") return { kind: "terms", terms: new Map(Object.entries(stored.terms)) };
  if (stored.embedding && stored.model === similarity.name) return { kind: "dense", values: fromBlob(stored.embedding) };
  const [label] = await similarity.vectors([stored.label]);
  return label ?? { kind: "terms", terms: new Map() };
}

function unit(v: Float32Array): Float32Array {
  const n = norm(v) || 1;
  return v.map((x) => x / n);
}

function norm(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

/** Embeddings where the site answers with Workers AI (embedder.ts decides), stemmed terms otherwise. */
export async function chooseSimilarity(db: D1Database, embedder: Embedder | null, texts: string[]): Promise<Similarity> {
  return embedder ? denseSimilarity(embedder) : lexicalFor(db, texts);
}
