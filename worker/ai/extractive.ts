import { stemmer } from "stemmer";
import { queryTerms } from "../kb/query-terms.ts";

/** Porter stem, as FTS5's tokenizer does, so "refunds", "refunded" and "refund" meet. */
export function stem(word: string): string {
  return stemmer(word);
}

export function splitSentences(text: string): string[] {
  return text
    .replace(/^#+\s.*$/gm, "")
    .replace(/[*_`>]+/g, "")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[-•]\s*/, "").trim())
    .filter((s) => s.length > 2);
}

/** Share of the question's significant words that `text` contains. */
export function coverage(question: string, text: string): number {
  const terms = queryTerms(question).map(stem);
  if (terms.length === 0) return 0;
  const have = new Set(queryTerms(text, 10_000).map(stem));
  return terms.filter((t) => have.has(t)).length / terms.length;
}

/**
 * The `max` sentences of `text` that share most words with the question, in
 * their original order; the opening sentences when none do.
 */
export function bestSentences(question: string, text: string, max = 2): string[] {
  const terms = new Set(queryTerms(question).map(stem));
  const sentences = splitSentences(text);
  const scored = sentences.map((sentence, index) => {
    const words = new Set(queryTerms(sentence, 10_000).map(stem));
    let overlap = 0;
    for (const t of terms) if (words.has(t)) overlap++;
    return { sentence, index, overlap };
  });
  const picked = scored
    .filter((s) => s.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
    .slice(0, max);
  const chosen = picked.length > 0 ? picked : scored.slice(0, max);
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.sentence);
}
