import type { RetrievalHit } from "../kb/search.ts";
import { coverage } from "./extractive.ts";

/**
 * Confidence in [0, 1] from retrieval evidence alone: how strongly the best
 * passage matched (BM25, squashed), how much of the question it covers, and
 * how clearly it beats the runner-up.
 */
export function retrievalConfidence(question: string, hits: RetrievalHit[]): number {
  const best = hits[0];
  if (!best || best.score <= 0) return 0;
  const strength = best.score / (best.score + 4);
  const covered = coverage(question, `${best.title} ${best.heading ?? ""} ${best.text}`);
  const second = hits[1]?.score ?? 0;
  const margin = second > 0 ? Math.min(1, (best.score - second) / best.score + 0.5) : 1;
  return round(Math.min(1, 0.45 * strength + 0.4 * covered + 0.15 * margin));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
