import type { RetrievalHit } from "../kb/passage-repo.ts";
import type { TermWeights } from "../kb/term-weights.ts";
import { coverageOf, weightedCoverage } from "./extractive.ts";

export interface Grounding {
  /** The passage that grounds the answer (may differ from BM25's first when it covers more of the question). */
  passage: RetrievalHit | null;
  /** Every retrieved section of that passage's article, in article order: where the answer's sentences come from. */
  sections: RetrievalHit[];
  /** In [0, 1]: how well the knowledge base covers what was asked. */
  confidence: number;
  coverage: number;
}

/** Summed IDF of the matched words at which absolute evidence counts fully (about three informative words). */
const EVIDENCE_FOR_FULL_MARKS = 10;

/**
 * Confidence from retrieval evidence: the IDF-weighted share of the
 * question's words that the passage contains (a question about things the
 * knowledge base never mentions scores low however well its common words
 * match) or, with embeddings, its vector similarity; lifted slightly when
 * the passage clearly beats the other articles.
 */
export function ground(weights: TermWeights, hits: RetrievalHit[]): Grounding {
  // The article: the first hit, unless another near the top is clearly better grounded.
  let passage: RetrievalHit | null = null;
  let coverage = 0;
  for (const hit of hits.slice(0, 5)) {
    const c = Math.max(weightedCoverage(weights, `${hit.title} ${hit.heading ?? ""} ${hit.text}`), semantic(hit));
    if (passage === null ? c > 0 : c > coverage + 0.2) {
      passage = hit;
      coverage = c;
    }
  }
  if (!passage) return { passage: null, sections: [], confidence: 0, coverage: 0 };
  const articleId = passage.articleId;
  const sections = hits.filter((h) => h.articleId === articleId).sort((a, b) => a.position - b.position);
  // Evidence is judged on everything retrieved from that article: a question often spans its sections.
  const article = [passage.title, ...sections.map((h) => `${h.heading ?? ""} ${h.text}`)].join(" ");
  const { ratio, evidence } = coverageOf(weights, article);
  const lexical = 0.55 * ratio + 0.45 * Math.min(1, evidence / EVIDENCE_FOR_FULL_MARKS);
  const confidence = Math.min(1, Math.max(lexical, semantic(passage)));
  return { passage, sections, confidence: round(confidence), coverage: round(ratio) };
}

/**
 * Vector similarity as evidence (bge-m3 cosine: ~0.45 unrelated, ~0.8 the
 * same question), so a question in another language than the knowledge base
 * can still be grounded.
 */
function semantic(hit: RetrievalHit): number {
  if (hit.similarity === undefined) return 0;
  return Math.max(0, Math.min(1, (hit.similarity - 0.45) / 0.35));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
