import { stemmer } from "stemmer";
import { gluedTo, typoPrefix, wordMatches } from "./fuzzy.ts";
import { FuzzyIndex } from "./fuzzy-index.ts";
import { Memo } from "./memo.ts";
import { normalizeWord, tokenize, type Token } from "./text.ts";

/**
 * Topic patterns, as a site writes them: words separated by spaces, where
 *   - `a/b/c` is any of those words ("file/lodge/make complaint"),
 *   - `word*` is any word starting so ("reimburs*"), from TYPO_MIN_LENGTH
 *     letters give or take a typo,
 *   - `=word` is that exact word, no other forms ("not =helping" must not
 *     match "not registered, help"),
 *   - a plain word also matches its other forms ("refunds"), a word glued
 *     to it ("filea claim") and, from TYPO_MIN_LENGTH letters, a typo
 *     ("reimbursment"); shorter words are too close to others ("suing" and
 *     "using", "police" and "policy") unless an earlier word of the pattern
 *     matched ("making a coaim"), where a word glued on in front is also
 *     forgiven ("lodge consumerclaim"),
 *   - up to MAX_GAP other words may stand between two pattern words
 *     ("charged twice" matches "charged me twice"); swear words and
 *     intensifiers do not count ("lodge a damn customer claim").
 * Case and accents never matter. No regular expressions: site-supplied
 * patterns cannot be slow or inject anything. Loose patterns (a topic's
 * exclusions, which only ever keep a question with the AI) also forgive
 * typos in short words and words glued together ("reimbursementpolicy").
 */
export const MAX_GAP = 2;
/** Longest pattern, in words; policy validation enforces it. */
export const MAX_PATTERN_WORDS = 8;
const TYPO_MIN_LENGTH = 7;
const LOOSE_TYPO_MIN_LENGTH = 4;
const IN_CONTEXT_TYPO_MIN_LENGTH = 5;
const LOOSE_INSIDE_MIN_LENGTH = 5;
const TRANSPARENT = new Set(["fucking", "fuckin", "freaking", "frigging", "effing", "damn", "damned", "goddamn", "bloody", "very", "really"]);

type Alternative =
  | { kind: "word"; word: string; stem: string }
  | { kind: "exact"; word: string }
  | { kind: "prefix"; prefix: string };
export type CompiledPattern = { source: string; words: Alternative[][]; loose: boolean };

/** What a pattern may contain; policy validation uses it. */
export const PATTERN_SYNTAX = /^[\p{L}\p{N}'’*=/ -]+$/u;

export function compilePattern(source: string, loose = false): CompiledPattern {
  const words = source
    .replace(/-/g, " ")
    .trim()
    .split(/\s+/)
    .map((word) => word.split("/").flatMap(compileAlternative))
    .filter((alternatives) => alternatives.length > 0);
  return { source, words, loose };
}

function compileAlternative(alt: string): Alternative[] {
  const norm = normalizeWord(alt).replace(/[^\p{L}\p{N}']/gu, "");
  if (!norm) return [];
  if (alt.endsWith("*")) return [{ kind: "prefix", prefix: norm }];
  if (alt.startsWith("=")) return [{ kind: "exact", word: norm }];
  return [{ kind: "word", word: norm, stem: stemmer(norm) }];
}

/** Stems of the tokens, computed once per message. */
export interface PreparedText {
  text: string;
  tokens: Token[];
  stems: string[];
}

export function prepareText(text: string): PreparedText {
  const tokens = tokenize(text);
  return { text, tokens, stems: tokens.map((t) => stemmer(t.norm)) };
}

const prepared = new Memo<PreparedText>();

/** `prepareText`, remembered: every topic and phrase list reads the same messages. */
export function preparedText(text: string): PreparedText {
  return prepared.get(text, () => prepareText(text));
}

/**
 * Patterns matched together (a topic's, a cue list): each tried only when
 * some token could match its first word (fuzzy-index.ts). Loose patterns
 * find words inside others, so they are always tried.
 */
export class PatternSet {
  readonly patterns: CompiledPattern[];
  private readonly index = new FuzzyIndex();
  private readonly always: number[] = [];

  constructor(patterns: CompiledPattern[]) {
    this.patterns = patterns;
    patterns.forEach((pattern, id) => {
      const first = pattern.words[0] ?? [];
      if (pattern.loose) this.always.push(id);
      else for (const alt of first) this.index.add(alt.kind === "prefix" ? alt.prefix : alt.word, id);
    });
  }

  /** The visitor's words for each pattern that matched, in pattern order. */
  matches(prepared: PreparedText): string[] {
    const found = this.find(prepared, false);
    return [...found].sort((a, b) => a[0] - b[0]).map(([, words]) => words);
  }

  /** The words of the first pattern (in order) that matched, or null. */
  first(prepared: PreparedText): string | null {
    const found = this.find(prepared, true);
    let best: number | null = null;
    for (const id of found.keys()) if (best === null || id < best) best = id;
    return best === null ? null : (found.get(best) ?? null);
  }

  /** Matched patterns by id. Each is tried only from the tokens that could start it, as matchPattern would. */
  private find(prepared: PreparedText, firstOnly: boolean): Map<number, string> {
    const found = new Map<number, string>();
    for (const id of this.always) {
      const pattern = this.patterns[id];
      const match = pattern ? matchPattern(pattern, prepared) : null;
      if (match !== null) found.set(id, match);
    }
    const memos = new Map<number, Map<number, number>>();
    prepared.tokens.forEach((token, start) => {
      for (const id of this.index.candidates(token.norm)) {
        const pattern = this.patterns[id];
        if (!pattern || found.has(id) || (firstOnly && found.size > 0 && id > Math.min(...found.keys()))) continue;
        let memo = memos.get(id);
        if (!memo) memos.set(id, (memo = new Map()));
        const end = matchStart(pattern, prepared, start, memo);
        if (end >= 0) found.set(id, spanText(prepared, start, end));
      }
    });
    return found;
  }
}

/** The visitor's words that matched, or null. */
export function matchPattern(pattern: CompiledPattern, prepared: PreparedText): string | null {
  // Memo of (pattern word, token) → end, so a site's pattern costs words × tokens × gap at worst.
  const memo = new Map<number, number>();
  for (let start = 0; start < prepared.tokens.length; start++) {
    const end = matchStart(pattern, prepared, start, memo);
    if (end >= 0) return spanText(prepared, start, end);
  }
  return null;
}

/** The last token of a match of `pattern` starting at token `start`, or -1. */
function matchStart(pattern: CompiledPattern, prepared: PreparedText, start: number, memo: Map<number, number>): number {
  if (!anyMatches(pattern.words[0] ?? [], prepared, start, pattern.loose, false)) return -1;
  return matchFrom(pattern, prepared, 1, start + 1, false, memo);
}

function spanText(prepared: PreparedText, from: number, to: number): string {
  const first = prepared.tokens[from];
  const last = prepared.tokens[to];
  return first && last ? prepared.text.slice(first.start, last.end) : "";
}

function matchFrom(
  pattern: CompiledPattern,
  prepared: PreparedText,
  index: number,
  at: number,
  anchored: boolean,
  memo: Map<number, number>,
): number {
  const alternatives = pattern.words[index];
  if (!alternatives) return at - 1;
  const key = (index * (prepared.tokens.length + 1) + at) * 2 + (anchored ? 1 : 0);
  const known = memo.get(key);
  if (known !== undefined) return known;
  let result = -1;
  let gap = 0;
  for (let i = at; i < prepared.tokens.length && result < 0; i++) {
    if (anyMatches(alternatives, prepared, i, pattern.loose, index > 0)) {
      result = matchFrom(pattern, prepared, index + 1, i + 1, false, memo);
    }
    if (anchored) break;
    if (!TRANSPARENT.has(prepared.tokens[i]?.norm ?? "") && ++gap > MAX_GAP) break;
  }
  memo.set(key, result);
  return result;
}

function anyMatches(alternatives: Alternative[], prepared: PreparedText, i: number, loose: boolean, inContext: boolean): boolean {
  for (const alt of alternatives) if (matchesWord(alt, prepared, i, loose, inContext)) return true;
  return false;
}

function matchesWord(alt: Alternative, prepared: PreparedText, i: number, loose: boolean, inContext: boolean): boolean {
  const token = prepared.tokens[i]?.norm;
  if (!token) return false;
  if (alt.kind === "exact") return token === alt.word;
  const typoFrom = loose ? LOOSE_TYPO_MIN_LENGTH : inContext ? IN_CONTEXT_TYPO_MIN_LENGTH : TYPO_MIN_LENGTH;
  if (alt.kind === "prefix") {
    const typo = alt.prefix.length >= Math.max(typoFrom, 5);
    return (typo ? typoPrefix(alt.prefix, token) : token.startsWith(alt.prefix)) || inside(loose, alt.prefix, token);
  }
  if (token === alt.word || prepared.stems[i] === alt.stem || inside(loose, alt.word, token)) return true;
  if (inContext && alt.word.length >= IN_CONTEXT_TYPO_MIN_LENGTH && token.endsWith(alt.word)) return true;
  return alt.word.length >= typoFrom ? wordMatches(alt.word, token) : gluedTo(alt.word, token);
}

/** Loose patterns also find a word inside a longer one ("reimbursementpolicy"). */
function inside(loose: boolean, part: string, token: string): boolean {
  return loose && part.length >= LOOSE_INSIDE_MIN_LENGTH && token.includes(part);
}
