import { stemmer } from "stemmer";
import { deu, fra, ita, nld, por, spa } from "stopword";
import { queryTerms } from "../kb/query-terms.ts";

/**
 * How alike two questions are: Jaccard overlap of their significant words,
 * stemmed, so "how do refunds work?" and "how does a refund work" meet.
 * Stop words and filler ("please", "help", "want") are left out by the same
 * list the knowledge-base search uses.
 */
export function contentWords(text: string): Set<string> {
  return new Set(queryTerms(text, 64).filter((word) => !AUXILIARIES.has(word) && !FUNCTION_WORDS.has(word)).map((word) => stemmer(word)));
}

/** Verb forms that carry no topic ("how does…", "how can…") and that the search list keeps. */
const AUXILIARIES = new Set(["do", "does", "did", "doing", "done", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not",
  // The search keeps question words (they help ranking); two questions do not ask the same thing for sharing "how".
  "how", "where", "when", "why", "what"]);
/** The search list is English: the other six languages' function words ("de", "qual", "est-ce") carry no topic either. */
const FUNCTION_WORDS = new Set([...spa, ...fra, ...deu, ...por, ...ita, ...nld]);

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Share of the smaller set found in the other, and how many words that is. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { share: number; shared: number } {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return { share: 0, shared: 0 };
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return { share: shared / smaller, shared };
}

/** Similarity of two messages in [0, 1]; 0 when either has too little content to compare ("yes", "ok"). */
export function questionSimilarity(a: string, b: string): { score: number; shared: string[] } {
  const left = contentWords(a);
  const right = contentWords(b);
  const substantial = (set: Set<string>) => set.size >= 2 || [...set].some((w) => w.length >= 5);
  if (!substantial(left) || !substantial(right)) return { score: 0, shared: [] };
  const shared = [...left].filter((w) => right.has(w));
  return { score: jaccard(left, right), shared };
}
