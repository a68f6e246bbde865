import { queryTerms } from "../kb/query-terms.ts";
import type { TermWeights } from "../kb/term-weights.ts";
import { stem } from "./extract/words.ts";

export function stems(text: string): Set<string> {
  return new Set(queryTerms(text, 100_000).map(stem));
}

export interface Coverage {
  /** Share of the question's information (IDF-weighted) the text contains, in [0, 1]. */
  ratio: number;
  /** That information in absolute terms (sum of the IDF of the words found). */
  evidence: number;
}

/**
 * How much of the question `text` answers. In questions of four words or
 * more, words the knowledge base never uses weigh at most 3/4 of the rarest:
 * there they are mostly incidental ("my sister in Munich"); in a short
 * question the unknown word is the subject ("bicycles?").
 */
export function coverageOf(weights: TermWeights, text: string): Coverage {
  if (weights.terms.length === 0) return { ratio: 0, evidence: 0 };
  const have = stems(text);
  const raw = weights.terms.map((t) => weights.weight(t));
  const cap = (raw.length > 3 ? 0.75 : 1) * Math.max(...raw);
  let total = 0;
  let evidence = 0;
  weights.terms.forEach((term, i) => {
    const w = Math.min(raw[i] ?? 0, cap);
    total += w;
    if (have.has(term)) evidence += w;
  });
  return { ratio: total > 0 ? evidence / total : 0, evidence };
}

export function weightedCoverage(weights: TermWeights, text: string): number {
  return coverageOf(weights, text).ratio;
}
