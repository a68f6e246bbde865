import type { RetrievalHit } from "../kb/search.ts";
import type { TermWeights } from "../kb/term-weights.ts";
import { weightedCoverage } from "./extractive.ts";

export interface Grounding {
  /** The passage that grounds the answer (may differ from BM25's first when it covers more of the question). */
  passage: RetrievalHit | null;
  /** Every retrieved section of that passage's article, in article order: where the answer's sentences come from. */
  sections: RetrievalHit[];
  /** In [0, 1]: how well the knowledge base covers what was asked. */
  confidence: number;
  coverage: number;
}

/**
 * Confidence from retrieval evidence: the IDF-weighted share of the
 * question's words that the passage contains (a question about things the
 * knowledge base never mentions scores low however well its common words
 * match), lifted slightly when that passage clearly beats the other articles.
 */
export function ground(weights: TermWeights, hits: RetrievalHit[]): Grounding {
  // The article: BM25's first, unless another near the top clearly covers more of the question.
  let passage: RetrievalHit | null = null;
  let coverage = 0;
  for (const hit of hits.slice(0, 5)) {
    const c = weightedCoverage(weights, `${hit.title} ${hit.heading ?? ""} ${hit.text}`);
    if (passage === null ? c > 0 : c > coverage + 0.2) {
      passage = hit;
      coverage = c;
    }
  }
  if (!passage) return { passage: null, sections: [], confidence: 0, coverage: 0 };
  const articleId = passage.articleId;
  const sections = hits.filter((h) => h.articleId === articleId).sort((a, b) => a.position - b.position);
  const rival = hits.find((h) => h.articleId !== passage?.articleId);
  const margin = rival && passage.score > 0 ? Math.max(0, Math.min(1, (passage.score - rival.score) / passage.score)) : 1;
  const confidence = Math.min(1, 0.85 * coverage + 0.15 * margin);
  return { passage, sections, confidence: round(confidence), coverage: round(coverage) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
