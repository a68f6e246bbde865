/**
 * Typo-tolerant word matching: visitors type fast ("talkk", "speakign",
 * "somone", "tosomebody"), and a request for a person must still be heard.
 */

/** Real words one typo away from a lexicon word: never read them as that word. */
const LOOKALIKES = new Set([
  "contract", "contracts", "that", "what", "walk", "task", "cat", "chart", "stuff", "react", "teach", "beach", "peach",
  "speck", "humor", "humid", "agency", "agenda", "prison", "parson", "reason", "cancer", "mensa", "menu", "urgent",
  "using", "policy", "police", "compliance", "compliant", "terminal", "avocado", "avocados",
]);

/** Prefixes that fast typists glue to the next word ("tosomebody", "uhelp", "ahuman"). */
export const GLUED_PREFIX = ["to", "a", "an", "u", "ya", "with", "the", "my", "me"];
/** Suffixes glued from the next word ("filea claim"). */
const GLUED_SUFFIX = ["a", "an", "to", "my"];

/** `token` starts with `prefix`, give or take one typo ("reclsmation" for "reclamation*"). */
export function typoPrefix(prefix: string, token: string): boolean {
  if (token.startsWith(prefix)) return true;
  // One edit leaves the token's first or second letter among the prefix's first two: a cheap "no" for the rest.
  const t0 = token[0];
  const t1 = token[1];
  if (t0 !== prefix[0] && t0 !== prefix[1] && t1 !== prefix[0] && t1 !== prefix[1]) return false;
  if (LOOKALIKES.has(token) || token.length < prefix.length - 1) return false;
  return [-1, 0, 1].some((d) => editDistance(token.slice(0, prefix.length + d), prefix, 1) <= 1);
}

/** Optimal-string-alignment distance (edits, including swapping two neighbours), or max + 1 when larger. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Doubled letters collapsed: "talkk" and "talk", "assisstant" and "assistant" meet. */
export function squeeze(word: string): string {
  return word.replace(/(.)\1+/g, "$1");
}

/** True when `token` is `word` or a plausible typo of it (short words must be exact but for doubled letters or a swap). */
export function typoOf(word: string, token: string): boolean {
  if (token === word) return true;
  if (LOOKALIKES.has(token) || !sameStart(word, token)) return false;
  if (squeeze(token) === squeeze(word)) return true;
  if (word.length >= 5 && token.length >= 4) return editDistance(token, word, 1) <= 1;
  if (word.length === 4 && token.length === 4) return editDistance(token, word, 1) <= 1 && isSwap(token, word);
  return false;
}

/** One typo leaves the first or the second letter in place, or swaps the two. */
function sameStart(word: string, token: string): boolean {
  return token[0] === word[0] || token[1] === word[1] || (token[0] === word[1] && token[1] === word[0]);
}

function isSwap(a: string, b: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === (diff[0] ?? 0) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0];
}

/** `typoOf`, also looking through a short word glued on either side (the rest must then be exact). */
export function wordMatches(word: string, token: string): boolean {
  if (token === word) return true;
  // Most pairs differ in both first letters and are no longer than the word: neither a typo nor a glued word can
  // join them. Said cheaply here, since every lexicon and pattern asks about every token of every message.
  const t0 = token.charCodeAt(0);
  const t1 = token.charCodeAt(1);
  const w0 = word.charCodeAt(0);
  const w1 = word.charCodeAt(1);
  if (t0 !== w0 && t1 !== w1 && !(t0 === w1 && t1 === w0) && token.length <= word.length) return false;
  // Every detector asks about the same words of a message; a bounded memo (by word, then token) keeps that cheap.
  let forWord = seen.get(word);
  if (!forWord) seen.set(word, (forWord = new Map()));
  let known = forWord.get(token);
  if (known === undefined) {
    known = typoOf(word, token) || gluedTo(word, token);
    if (++remembered >= MEMO_LIMIT) {
      seen.clear();
      remembered = 0;
    }
    forWord.set(token, known);
  }
  return known;
}

const MEMO_LIMIT = 50_000;
const seen = new Map<string, Map<string, boolean>>();
let remembered = 0;

/** `token` is `word` with a short word glued before or after it ("tosomebody", "filea"). */
export function gluedTo(word: string, token: string): boolean {
  if (token.length <= word.length) return false;
  for (const prefix of GLUED_PREFIX) {
    const rest = token.slice(prefix.length);
    if (token.startsWith(prefix) && rest.length >= 4 && squeeze(rest) === squeeze(word)) return true;
  }
  for (const suffix of GLUED_SUFFIX) {
    const rest = token.slice(0, -suffix.length);
    if (token.endsWith(suffix) && rest.length >= 4 && rest === word) return true;
  }
  return false;
}
