import { stemmer } from "stemmer";
import { queryTerms } from "../kb/query-terms.ts";

/**
 * How alike two questions are: Jaccard overlap of their significant words,
 * stemmed, so "how do refunds work?" and "how does a refund work" meet.
 * Stop words and filler ("please", "help", "want") are left out by the same
 * list the knowledge-base search uses.
 */
export function contentWords(text: string): Set<string> {
  return new Set(queryTerms(text, 64).filter((word) => !AUXILIARIES.has(word)).map((word) => stemmer(word)));
}

/** Verb forms that carry no topic ("how does…", "how can…") and that the search list keeps. */
const AUXILIARIES = new Set(["do", "does", "did", "doing", "done", "can", "could", "would", "should", "will", "shall", "may", "might", "must"]);

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
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
