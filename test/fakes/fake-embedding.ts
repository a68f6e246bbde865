/** The width of the fake's vectors (bge-m3's are 1,024 wide; tests only need them deterministic and unit length). */
export const EMBEDDING_DIM = 64;

/**
 * A deterministic "embedding": a hashed bag of the text's words (of unit
 * length), plus a constant component so that unrelated texts sit near cosine
 * 0.45 and related ones above it, the range real bge vectors have.
 *
 * It knows no language and no synonyms on purpose: two texts are close only
 * when they share words. A test that needs "close in meaning, no word in
 * common" (a question in another language) must say so itself, by planting
 * the vector it assumes the real model would give (test/kb/hybrid.test.ts),
 * rather than rely on a fake that secretly translates.
 */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(EMBEDDING_DIM).fill(0);
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3) continue;
    // Plural and singular share a slot, as they do in any real embedding space.
    const word = raw.replace(/s$/, "");
    let hash = 2166136261;
    for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    const slot = Math.abs(hash) % (EMBEDDING_DIM - 1);
    vector[slot] = (vector[slot] ?? 0) + 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return [...vector.slice(0, EMBEDDING_DIM - 1).map((x) => x / norm), Math.sqrt(0.82)];
}
