/**
 * An answer that leaves out part of what was asked is completed from the
 * same article: "do you take PayPal or Klarna?" answered with the Klarna
 * sentence also gets the one naming PayPal. Only words the answer does not
 * or its heading carry count as left out (a tag or title naming them is not
 * an answer), and only an informative share of the question is worth a
 * sentence; one from the answer's own section is preferred.
 */
import type { Question } from "./question.ts";
import type { Scored } from "./score.ts";
import { SCORING } from "./weights.ts";

export function completion(question: Question, chosen: Scored[], scored: Scored[]): Scored | null {
  const total = question.terms.reduce((sum, t) => sum + t.weight, 0);
  if (total <= 0 || chosen.length === 0) return null;
  const carries = (s: Scored, stem: string, alternatives: string[]) => s.sentence.stems.has(stem) || alternatives.some((a) => s.sentence.stems.has(a));
  // The heading over the answer is part of it ("How do I make a warranty claim?" over the steps).
  const said = (s: Scored, stem: string, alternatives: string[]) => carries(s, stem, alternatives) || s.section.heading.has(stem);
  const missing = question.terms.filter((t) => t.known && !chosen.some((s) => said(s, t.stem, t.alternatives)));
  const left = missing.reduce((sum, t) => sum + t.weight, 0);
  if (left / total < SCORING.completeShare) return null;
  const article = chosen[0]?.section.hit.articleId;
  let best: Scored | null = null;
  let value = 0;
  for (const s of scored) {
    if (s.section.hit.articleId !== article || chosen.some((c) => c.sentence === s.sentence) || s.place < 0) continue;
    const adds = missing.reduce((sum, t) => sum + (carries(s, t.stem, t.alternatives) ? t.weight : 0), 0) / total;
    // What it adds first; among sentences adding about as much, one next to the answer, and the better answer.
    const worth = adds + (s.section === chosen[0]?.section ? 0.1 : 0) + 0.1 * s.score;
    if (adds > 0 && adds >= SCORING.completeShare && worth > value) {
      best = s;
      value = worth;
    }
  }
  return best;
}
