import { sum, type Similarity, type Vec } from "./similarity.ts";

export interface Group<T> {
  members: T[];
  vectors: Vec[];
  centroid: Vec;
}

/**
 * Groups items in the order given (oldest first): each joins the group
 * whose centroid it is most similar to, when at least the similarity's
 * threshold, else starts a group of its own. Matching a question asked
 * later to a stored group is the same comparison (impact.ts).
 */
export function groupVectors<T>(items: readonly T[], vectors: readonly Vec[], similarity: Similarity): Group<T>[] {
  const groups: Group<T>[] = [];
  items.forEach((item, i) => {
    const vector = vectors[i];
    if (!vector) return;
    let best: Group<T> | null = null;
    let bestScore = similarity.threshold;
    for (const group of groups) {
      const score = similarity.cosine(vector, group.centroid);
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    if (!best) groups.push({ members: [item], vectors: [vector], centroid: sum([vector]) });
    else {
      best.members.push(item);
      best.vectors.push(vector);
      best.centroid = sum([best.centroid, vector]);
    }
  });
  return groups;
}

/** The member closest to the group's centroid (the first of equals): the group's label. */
export function representative<T>(group: Group<T>, similarity: Similarity): T {
  let best = 0;
  let bestScore = -1;
  group.vectors.forEach((v, i) => {
    const score = similarity.cosine(v, group.centroid);
    if (score > bestScore + 1e-9) [best, bestScore] = [i, score];
  });
  const member = group.members[best] ?? group.members[0];
  if (member === undefined) throw new Error("an empty group has no representative");
  return member;
}

/** The closest of `candidates` to `vector`, when at least the threshold. */
export function closest<T>(vector: Vec, candidates: readonly { item: T; vector: Vec }[], similarity: Similarity): T | null {
  let best: T | null = null;
  let bestScore = similarity.threshold;
  for (const c of candidates) {
    const score = similarity.cosine(vector, c.vector);
    if (score >= bestScore) [best, bestScore] = [c.item, score];
  }
  return best;
}
