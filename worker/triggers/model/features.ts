import { isShouting } from "../frustration-score.ts";
import { tokenize, type Token } from "../text.ts";
import { cuesOf } from "./cue-words.ts";

/**
 * The classifier's view of a message: hashed word unigrams and bigrams,
 * character 3- to 5-grams inside each word (they carry typos, inflections
 * and related words across languages: "humain", "humano", "human"), the
 * rules' cue words as shared cross-lingual features, and the shape of the
 * message (length, capitals, "!!", "??"). Each feature remembers which words
 * it came from, so the evidence can quote them.
 */
export const HASH_BITS = 16;
export const BUCKETS = 1 << HASH_BITS;

const CHAR_MIN = 3;
const CHAR_MAX = 5;
/** How far apart two cue words may be and still form a pair ("no need for a human": NOT…PERSON). */
const CUE_WINDOW = 4;

export interface Feature {
  index: number;
  value: number;
  /** Indexes of the tokens the feature came from; empty for the message's shape. */
  tokens: number[];
}

export interface Featurized {
  tokens: Token[];
  features: Feature[];
}

/** FNV-1a, 32 bits: fast, and the same in Node (training) and the Worker. */
export function hashFeature(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (BUCKETS - 1);
}

export function featurize(text: string, names?: Map<number, string>): Featurized {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.norm.replace(/\d+/g, "0"));
  const found = new Map<number, Set<number>>();
  const add = (name: string, at: number[]) => {
    const index = hashFeature(name);
    names?.set(index, name);
    let from = found.get(index);
    if (!from) found.set(index, (from = new Set()));
    for (const i of at) from.add(i);
  };
  words.forEach((word, i) => {
    add(`w:${word}`, [i]);
    const next = words[i + 1];
    if (next !== undefined) add(`b:${word} ${next}`, [i, i + 1]);
    const padded = `<${word}>`;
    for (let n = CHAR_MIN; n <= CHAR_MAX; n++) {
      for (let k = 0; k + n <= padded.length; k++) add(`c:${padded.slice(k, k + n)}`, [i]);
    }
  });
  addCues(words, add);
  addShape(text, words, add);
  const value = found.size > 0 ? 1 / Math.sqrt(found.size) : 0;
  const features = [...found].map(([index, from]) => ({ index, value, tokens: [...from] }));
  return { tokens, features };
}

function addCues(words: string[], add: (name: string, at: number[]) => void): void {
  const cues = words.map(cuesOf);
  cues.forEach((mine, i) => {
    for (const cue of mine) {
      add(`q:${cue}`, [i]);
      for (let j = i + 1; j < words.length && j - i <= CUE_WINDOW; j++) {
        for (const other of cues[j] ?? []) add(`qq:${cue}>${other}`, [i, j]);
      }
    }
  });
}

function addShape(text: string, words: string[], add: (name: string, at: number[]) => void): void {
  const n = words.length;
  add(`len:${n <= 3 ? n : n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 14 ? "9-14" : "15+"}`, []);
  if (n > 0) add(`first:${words[0]}`, [0]);
  if (n === 1) add(`only:${words[0]}`, [0]);
  if (isShouting(text)) add("shape:shouting", []);
  if (/!{2,}/.test(text)) add("shape:!!", []);
  if (/\?{2,}/.test(text)) add("shape:??", []);
  if (/\?\s*$/.test(text)) add("shape:question", []);
  if (/\b\p{Lu}{4,}\b/u.test(text)) add("shape:capitals", []);
}
