import { GLUED_PREFIX } from "./fuzzy.ts";
import { Memo } from "./memo.ts";

/**
 * Which lexicon words or pattern words a token could possibly match, by the
 * letters one typo leaves in place: the first letter, or the second (a typo
 * in the first), either of them swapped, or the letter after a short word
 * glued in front ("tosomebody"). A word whose first two letters are none of
 * these cannot be a typo, a prefix or a glued form of the token (fuzzy.ts),
 * so it need not be tried: every token of every message used to be compared
 * with every entry.
 */
export class FuzzyIndex {
  private readonly keys = new Map<string, number[]>();
  /** Visitors use the same few hundred words: a token's candidates are worked out once. */
  private readonly known = new Memo<number[]>(2000);

  /** Files item `id` under the first two letters of `word`. */
  add(word: string, id: number): void {
    for (const key of [`1${word[0] ?? ""}`, `2${word[1] ?? ""}`]) {
      const ids = this.keys.get(key);
      if (!ids) this.keys.set(key, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }

  /** The ids that may match `token`, ascending. */
  candidates(token: string): number[] {
    return this.known.get(token, () => this.lookUp(token));
  }

  private lookUp(token: string): number[] {
    const t0 = token[0] ?? "";
    const t1 = token[1] ?? "";
    const keys = [`1${t0}`, `1${t1}`, `2${t0}`, `2${t1}`];
    for (const prefix of GLUED_PREFIX) if (token.length > prefix.length + 3 && token.startsWith(prefix)) keys.push(`1${token[prefix.length]}`);
    const found = new Set<number>();
    for (const key of keys) for (const id of this.keys.get(key) ?? []) found.add(id);
    return [...found].sort((a, b) => a - b);
  }
}
