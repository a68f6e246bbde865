import type { RetrievalHit } from "../kb/passage-repo.ts";
import type { Citation, RetrievalEvidence } from "../protocol/index.ts";

/** The retrieval results stored with an AI message (top five, scores rounded). */
export function retrievalEvidence(hits: RetrievalHit[]): RetrievalEvidence[] {
  return hits.slice(0, 5).map((h) => ({
    articleId: h.articleId,
    passageId: h.passageId,
    title: h.title,
    score: Math.round(h.score * 1000) / 1000,
  }));
}

/** Each article once, in the order given. */
export function citationsOf(hits: RetrievalHit[]): Citation[] {
  const seen = new Set<string>();
  return hits.flatMap((h) => {
    if (seen.has(h.articleId)) return [];
    seen.add(h.articleId);
    return [{ articleId: h.articleId, title: h.title, url: h.url }];
  });
}
