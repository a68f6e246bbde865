import { wordMatches } from "./fuzzy.ts";
import { normalizeWord, type Token } from "./text.ts";

/**
 * A list of words and short phrases, written lower case without accents,
 * matched against tokens with typo tolerance on the longer words.
 */
export class Lexicon {
  private readonly phrases: string[][];
  private readonly exact: Set<string>;

  constructor(entries: readonly string[]) {
    this.phrases = entries.map((e) => e.split(/\s+/).map(normalizeWord)).sort((a, b) => b.length - a.length);
    this.exact = new Set(this.phrases.filter((p) => p.length === 1).map((p) => p[0] ?? ""));
  }

  /** Number of tokens matched by the longest entry starting at `index`, or 0. */
  at(tokens: readonly Token[], index: number): number {
    for (const phrase of this.phrases) {
      if (matchesAt(phrase, tokens, index)) return phrase.length;
    }
    return 0;
  }

  /** Whether one token is (a typo of) a single-word entry. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const entry of this.exact) if (entry.length >= 4 && wordMatches(entry, word)) return true;
    return false;
  }

  /** The single-word entries, normalized: for exact lookups that must stay cheap (the classifier's cue words). */
  words(): ReadonlySet<string> {
    return this.exact;
  }

  /** Exact membership only: for function words, where a typo match would be noise. */
  hasExactly(word: string): boolean {
    return this.exact.has(word);
  }
}

function matchesAt(phrase: string[], tokens: readonly Token[], index: number): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const word = phrase[k] ?? "";
    const token = tokens[index + k];
    if (!token) return false;
    if (word.length < 4 ? token.norm !== word : !wordMatches(word, token.norm)) return false;
  }
  return true;
}

/** Every place an entry matches: [start, end] token indexes, inclusive. */
export function findAll(lexicon: Lexicon, tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = lexicon.at(tokens, i);
    if (length > 0) spans.push([i, i + length - 1]);
  }
  return spans;
}
