import { wordMatches } from "./fuzzy.ts";
import { FuzzyIndex } from "./fuzzy-index.ts";
import { normalizeWord, type Token } from "./text.ts";

/**
 * A list of words and short phrases, written lower case without accents,
 * matched against tokens with typo tolerance on the longer words.
 */
export class Lexicon {
  private readonly phrases: string[][];
  private readonly exact: Set<string>;
  /** Entries by the first letters of their first word: a token is tried only against those it could match. */
  private readonly index = new FuzzyIndex();
  private readonly singles: string[];
  private readonly singlesIndex = new FuzzyIndex();

  constructor(entries: readonly string[]) {
    this.phrases = entries.map((e) => e.split(/\s+/).map(normalizeWord)).sort((a, b) => b.length - a.length);
    this.phrases.forEach((phrase, id) => this.index.add(phrase[0] ?? "", id));
    this.exact = new Set(this.phrases.filter((p) => p.length === 1).map((p) => p[0] ?? ""));
    this.singles = [...this.exact].filter((entry) => entry.length >= 4);
    this.singles.forEach((entry, id) => this.singlesIndex.add(entry, id));
  }

  /** Number of tokens matched by the longest entry starting at `index`, or 0. */
  at(tokens: readonly Token[], index: number): number {
    const token = tokens[index];
    if (!token) return 0;
    for (const id of this.index.candidates(token.norm)) {
      const phrase = this.phrases[id];
      if (phrase && matchesAt(phrase, tokens, index)) return phrase.length;
    }
    return 0;
  }

  /** Whether one token is (a typo of) a single-word entry. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const id of this.singlesIndex.candidates(word)) {
      const entry = this.singles[id];
      if (entry && wordMatches(entry, word)) return true;
    }
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
