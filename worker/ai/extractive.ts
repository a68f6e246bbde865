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

const MAX_ANSWER_CHARS = 380;

/**
 * The sentences that answer the question, from the sections of one article
 * (in article order): the sentence carrying most of the question's weighted
 * words, half-credited with its section heading's (a heading that asks the
 * question marks the section that answers it; earlier sections win ties),
 * plus its neighbour when that answers too; a list is answered with the
 * sentence that introduces it and its items.
 */
export function bestSentences(weights: TermWeights, sections: { heading: string | null; text: string }[]): string[] {
  let best: { sentences: Scored[]; top: Scored } | null = null;
  for (const section of sections) {
    const boost = section.heading ? 0.5 * weightedCoverage(weights, section.heading) : 0;
    const sentences = splitSentences(section.text).map((s, index) => ({
      ...s,
      index,
      score: weightedCoverage(weights, s.text) + (weightedCoverage(weights, s.text) > 0 ? boost : 0),
    }));
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

/** A short lead-in ("We take all major payment methods.") needs the sentence after it. */
const LEAD_IN_CHARS = 80;

function withNeighbour(sentences: Scored[], best: Scored): Scored[] {
  const next = sentences[best.index + 1];
  const wanted = next && !next.item && (next.score > 0 || best.text.length < LEAD_IN_CHARS);
  return wanted ? [best, next] : [best];
}
