import { stemmer } from "stemmer";
import { gluedTo, typoPrefix, wordMatches } from "./fuzzy.ts";
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

/** The visitor's words that matched, or null. */
export function matchPattern(pattern: CompiledPattern, prepared: PreparedText): string | null {
  const { tokens } = prepared;
  // Memo of (pattern word, token) → end, so a site's pattern costs words × tokens × gap at worst.
  const memo = new Map<number, number>();
  for (let start = 0; start < tokens.length; start++) {
    const end = matchFrom(pattern, prepared, 0, start, true, memo);
    if (end >= 0) {
      const first = tokens[start];
      const last = tokens[end];
      if (first && last) return prepared.text.slice(first.start, last.end);
    }
  }
  return null;
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
    if (alternatives.some((alt) => matchesWord(alt, prepared, i, pattern.loose, index > 0))) {
      result = matchFrom(pattern, prepared, index + 1, i + 1, false, memo);
    }
    if (anchored) break;
    if (!TRANSPARENT.has(prepared.tokens[i]?.norm ?? "") && ++gap > MAX_GAP) break;
  }
  memo.set(key, result);
  return result;
}

function matchesWord(alt: Alternative, prepared: PreparedText, i: number, loose: boolean, inContext: boolean): boolean {
  const token = prepared.tokens[i]?.norm;
  if (!token) return false;
  if (alt.kind === "exact") return token === alt.word;
  const inside = (part: string) => loose && part.length >= LOOSE_INSIDE_MIN_LENGTH && token.includes(part);
  const typoFrom = loose ? LOOSE_TYPO_MIN_LENGTH : inContext ? IN_CONTEXT_TYPO_MIN_LENGTH : TYPO_MIN_LENGTH;
  if (alt.kind === "prefix") {
    const typo = alt.prefix.length >= Math.max(typoFrom, 5);
    return (typo ? typoPrefix(alt.prefix, token) : token.startsWith(alt.prefix)) || inside(alt.prefix);
  }
  if (token === alt.word || prepared.stems[i] === alt.stem || inside(alt.word)) return true;
  if (inContext && alt.word.length >= IN_CONTEXT_TYPO_MIN_LENGTH && token.endsWith(alt.word)) return true;
  return alt.word.length >= typoFrom ? wordMatches(alt.word, token) : gluedTo(alt.word, token);
}
