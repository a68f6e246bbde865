import { fromBlob } from "./embedder.ts";
import { currentStamp, kbScope } from "../cache/stamps.ts";
import { passageEmbeddings } from "./passage-repo.ts";

/**
 * Brute-force cosine similarity over a site's passage embeddings. A small
 * business has at most a few thousand passages: 3,000 × 1,024 floats is 12 MB
 * and one scan is ~3 M multiply-adds (a few ms), cheaper than a round trip
 * to a vector database and identical in local dev and production. The
 * matrix is cached per isolate under the site's knowledge-base stamp
 * (worker/cache/stamps.ts) and reloaded when an article changes.
 */
interface Matrix {
  ids: number[];
  dim: number;
  rows: Float32Array;
}

const cache = new Map<string, { version: number; matrix: Matrix }>();

export interface VectorHit {
  passageId: number;
  similarity: number;
}

export async function vectorSearch(
  db: D1Database,
  siteId: string,
  model: string,
  query: Float32Array,
  limit: number,
): Promise<VectorHit[]> {
  const matrix = await load(db, siteId, model);
  if (matrix.ids.length === 0 || matrix.dim !== query.length) return [];
  const q = normalized(query);
  const scores: VectorHit[] = [];
  for (let r = 0; r < matrix.ids.length; r++) {
    let dot = 0;
    const offset = r * matrix.dim;
    for (let d = 0; d < matrix.dim; d++) dot += (q[d] ?? 0) * (matrix.rows[offset + d] ?? 0);
    scores.push({ passageId: matrix.ids[r] ?? 0, similarity: dot });
  }
  return scores.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}

async function load(db: D1Database, siteId: string, model: string): Promise<Matrix> {
  const version = await currentStamp(db, kbScope(siteId));
  const key = `${siteId}\u0000${model}`;
  const hit = cache.get(key);
  if (hit?.version === version) return hit.matrix;
  const results = await passageEmbeddings(db, siteId, model);
  const vectors = results.map((r) => ({ id: r.id, vector: normalized(fromBlob(r.embedding)) }));
  const dim = vectors[0]?.vector.length ?? 0;
  const usable = vectors.filter((v) => v.vector.length === dim);
  const rows = new Float32Array(usable.length * dim);
  usable.forEach((v, i) => rows.set(v.vector, i * dim));
  const matrix = { ids: usable.map((v) => v.id), dim, rows };
  cache.set(key, { version, matrix });
  return matrix;
}

function normalized(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return vector.map((x) => x / norm);
}
