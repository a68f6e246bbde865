import { stemmer } from "stemmer";
import { queryTerms } from "../kb/query-terms.ts";
import type { TermWeights } from "../kb/term-weights.ts";

/** Porter stem, as FTS5's tokenizer does, so "refunds", "refunded" and "refund" meet. */
export function stem(word: string): string {
  return stemmer(word);
}

export function stems(text: string): Set<string> {
  return new Set(queryTerms(text, 100_000).map(stem));
}

export interface Sentence {
  text: string;
  /** From a Markdown list item. */
  item: boolean;
}

/** Sentences and list items of a Markdown passage, without markup. */
export function splitSentences(markdown: string): Sentence[] {
  return markdown
    .split(/\n+/)
    .filter((line) => !/^\s*#/.test(line))
    .flatMap((line) => {
      const item = /^\s*(?:[-*•]|\d+\.)\s+/.test(line);
      const body = line.replace(/^\s*(?:[-*•]|\d+\.)\s+/, "");
      return body.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).map((text) => ({ text: clean(text), item }));
    })
    .filter((s) => s.text.length > 2);
}

function clean(text: string): string {
  return text.replace(/\*\*|__|`/g, "").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").trim();
}

/** Share of the question's information (IDF-weighted) that `text` contains. */
export function weightedCoverage(weights: TermWeights, text: string): number {
  if (weights.terms.length === 0) return 0;
  const have = stems(text);
  let total = 0;
  let covered = 0;
  for (const term of weights.terms) {
    const w = weights.weight(term);
    total += w;
    if (have.has(term)) covered += w;
  }
  return total > 0 ? covered / total : 0;
}

const MAX_ANSWER_CHARS = 380;

/**
 * The sentences that answer the question, from the sections of one article
 * (in article order): the sentence carrying most of the question's weighted
 * words (earlier sections win ties), plus its neighbour when that answers
 * too; a list is answered with the sentence that introduces it and its items.
 */
export function bestSentences(weights: TermWeights, sections: string[]): string[] {
  let best: { sentences: Scored[]; top: Scored } | null = null;
  for (const section of sections) {
    const sentences = splitSentences(section).map((s, index) => ({ ...s, index, score: weightedCoverage(weights, s.text) }));
    const top = [...sentences].sort((a, b) => b.score - a.score || a.index - b.index)[0];
    if (top && (!best || top.score > best.top.score)) best = { sentences, top };
  }
  if (!best) return [];
  const { sentences, top } = best;
  const intro = top.item ? findIntro(sentences, top.index) : top.text.endsWith(":") ? top : null;
  const chosen = intro ? [intro, ...listAfter(sentences, intro.index)] : withNeighbour(sentences, top);
  const picked: string[] = [];
  let length = 0;
  for (const s of chosen.sort((a, b) => a.index - b.index)) {
    if (picked.length > 0 && length + s.text.length > MAX_ANSWER_CHARS) break;
    picked.push(s.item && intro ? `• ${s.text}` : s.text);
    length += s.text.length;
  }
  return picked;
}

type Scored = Sentence & { index: number; score: number };

function findIntro(sentences: Scored[], from: number): Scored | null {
  for (let i = from - 1; i >= Math.max(0, from - 10); i--) {
    const s = sentences[i];
    if (s && !s.item) return s.text.endsWith(":") ? s : null;
  }
  return null;
}

function listAfter(sentences: Scored[], introIndex: number): Scored[] {
  const items: Scored[] = [];
  for (const s of sentences.slice(introIndex + 1)) {
    if (!s.item) break;
    items.push(s);
  }
  return items;
}

function withNeighbour(sentences: Scored[], best: Scored): Scored[] {
  const next = sentences[best.index + 1];
  return next && next.score > 0 && !next.item ? [best, next] : [best];
}
