import type { Embedder } from "../kb/embedder.ts";
import type { GapExample, GapGroup, GapList } from "../protocol/index.ts";
import { siteGaps, trackedOf, type StoredGap } from "./gap-store.ts";
import { gapQuestions, type GapQuestion } from "./gap-questions.ts";
import { closest, groupVectors, representative, type Group } from "./grouping.ts";
import { agentReplies, siteQuestions, type AskedQuestion } from "./question-repo.ts";
import { chooseSimilarity, storedVector, type Similarity } from "./similarity.ts";

/** A group of one is a question, not a pattern. */
const MIN_GROUP = 2;
const MAX_GROUPS = 30;
const EXAMPLES = 3;
const REPLIES_PER_EXAMPLE = 3;

/** The replies agents wrote after the handoff, per question's conversation. */
export async function repliesAfterHandoff(db: D1Database, questions: readonly AskedQuestion[]): Promise<Map<string, string[]>> {
  const replies = await agentReplies(db, questions.map((q) => q.conversationId));
  const out = new Map<string, string[]>();
  for (const q of questions) out.set(q.conversationId, (replies.get(q.conversationId) ?? []).filter((r) => r.at >= (q.handoffAt ?? 0)).map((r) => r.text));
  return out;
}

/**
 * The questions of a site's conversations in [from, to) that the AI could
 * not answer (gap-questions.ts), grouped by similarity, the largest groups
 * first and, of equal ones, the most recently asked; each with examples and
 * what the agents answered, and the tracked gap it already is, if any.
 */
export async function listGaps(db: D1Database, embedder: Embedder | null, siteId: string, range: { from: number; to: number }): Promise<GapList> {
  const asked = await siteQuestions(db, siteId, range);
  const similarity = await chooseSimilarity(db, embedder, asked.map((q) => q.text));
  const gaps = gapQuestions(asked);
  const groups = groupVectors(gaps, await similarity.vectors(gaps.map((q) => q.text)), similarity)
    .filter((g) => g.members.length >= MIN_GROUP)
    .sort((a, b) => b.members.length - a.members.length || lastAt(b) - lastAt(a))
    .slice(0, MAX_GROUPS);
  // Examples that reached an agent first (they show how the question is answered), newest first.
  const examples = groups.map((g) => [...g.members].sort((a, b) => Number(b.handedOver) - Number(a.handedOver) || b.at - a.at).slice(0, EXAMPLES));
  const replies = await repliesAfterHandoff(db, examples.flat());
  const tracked = await trackedVectors(db, siteId, similarity);
  return {
    ...range,
    similarity: similarity.name,
    questions: gaps.length,
    groups: groups.map((group, i) => groupView(group, similarity, examples[i] ?? [], replies, tracked)),
  };
}

async function trackedVectors(db: D1Database, siteId: string, similarity: Similarity) {
  const gaps = await siteGaps(db, siteId);
  return Promise.all(gaps.map(async (gap) => ({ item: gap, vector: await storedVector(similarity, gap) })));
}

function groupView(
  group: Group<GapQuestion>,
  similarity: Similarity,
  examples: GapQuestion[],
  replies: Map<string, string[]>,
  tracked: { item: StoredGap; vector: Awaited<ReturnType<typeof storedVector>> }[],
): GapGroup {
  const label = representative(group, similarity);
  const gap = closest(group.centroid, tracked, similarity);
  return {
    key: `${label.conversationId}:${label.seq}`,
    label: label.text,
    questions: group.members.length,
    handedOver: group.members.filter((q) => q.handedOver).length,
    firstAt: Math.min(...group.members.map((q) => q.at)),
    lastAt: lastAt(group),
    refs: group.members.map((q) => ({ conversationId: q.conversationId, seq: q.seq })),
    examples: examples.map((q): GapExample => ({
      conversationId: q.conversationId,
      seq: q.seq,
      text: q.text,
      at: q.at,
      reason: q.reason,
      agentReplies: (replies.get(q.conversationId) ?? []).slice(0, REPLIES_PER_EXAMPLE),
    })),
    tracked: gap ? trackedOf(gap) : null,
  };
}

function lastAt(group: Group<GapQuestion>): number {
  return Math.max(...group.members.map((q) => q.at));
}
