import type { Embedder } from "../kb/embedder.ts";
import type { GapImpact, GapImpacts, GapRate, GapWeek } from "../protocol/index.ts";
import { siteGaps, trackedOf, type StoredGap } from "./gap-store.ts";
import { siteQuestions, type AskedQuestion } from "./question-repo.ts";
import { chooseSimilarity, storedVector, type Similarity, type Vec } from "./similarity.ts";

export const WEEK = 7 * 86_400_000;
/** "Before" is the four weeks before the article went live; "after" runs up to eight weeks from then. */
export const BEFORE_WEEKS = 4;
export const AFTER_WEEKS = 8;

interface Matched {
  at: number;
  handedOver: boolean;
}

/** The conversations with a question like the gap's (the grouping's own comparison), each at its first such question. */
function matching(gap: Vec, asked: readonly AskedQuestion[], vectors: readonly Vec[], similarity: Similarity): Matched[] {
  const first = new Map<string, Matched>();
  asked.forEach((q, i) => {
    const v = vectors[i];
    if (!v || first.has(q.conversationId) || similarity.cosine(v, gap) < similarity.threshold) return;
    first.set(q.conversationId, { at: q.at, handedOver: q.handoffAt !== null });
  });
  return [...first.values()];
}

function week(start: number, matched: readonly Matched[], after: boolean): GapWeek & { after: boolean } {
  const inWeek = matched.filter((m) => m.at >= start && m.at < start + WEEK);
  return { start, questions: inWeek.length, handedOver: inWeek.filter((m) => m.handedOver).length, after };
}

function rate(weeks: readonly GapWeek[], span: number): GapRate {
  const round = (x: number) => Math.round(x * 10) / 10;
  const total = (pick: (w: GapWeek) => number) => weeks.reduce((s, w) => s + pick(w), 0);
  return { weeks: round(span), questionsPerWeek: round(total((w) => w.questions) / span), handedOverPerWeek: round(total((w) => w.handedOver) / span) };
}

/** One gap's weeks: four before publication (before now, for a draft), then those since, the last one partial. */
export function impactOf(gap: StoredGap, matched: readonly Matched[], now: number): GapImpact {
  const pivot = gap.publishedAt ?? now;
  const before = Array.from({ length: BEFORE_WEEKS }, (_, i) => week(pivot - (BEFORE_WEEKS - i) * WEEK, matched, false));
  const after = [];
  if (gap.publishedAt !== null) for (let start = pivot; start < now && after.length < AFTER_WEEKS; start += WEEK) after.push(week(start, matched, true));
  // A week just begun is not a week's worth: the rate is over the time elapsed, and at least one week.
  const elapsed = Math.max(1, Math.min(now - pivot, AFTER_WEEKS * WEEK) / WEEK);
  return { ...trackedOf(gap), before: rate(before, BEFORE_WEEKS), after: gap.publishedAt === null ? null : rate(after, elapsed), weeks: [...before, ...after] };
}

/**
 * Before and after for each of the site's tracked gaps: per week, the
 * conversations that asked a question of the group and how many of them
 * were handed to a person.
 */
export async function gapImpacts(db: D1Database, embedder: Embedder | null, siteId: string, now = Date.now()): Promise<GapImpacts> {
  const gaps = await siteGaps(db, siteId);
  if (gaps.length === 0) return { similarity: embedder?.model ?? "lexical", gaps: [] };
  const from = Math.min(...gaps.map((g) => (g.publishedAt ?? now) - BEFORE_WEEKS * WEEK));
  const asked = await siteQuestions(db, siteId, { from, to: now + 1 });
  const similarity = await chooseSimilarity(db, embedder, asked.map((q) => q.text));
  const vectors = await similarity.vectors(asked.map((q) => q.text));
  const impacts = [];
  for (const gap of gaps) impacts.push(impactOf(gap, matching(await storedVector(similarity, gap), asked, vectors, similarity), now));
  return { similarity: similarity.name, gaps: impacts };
}
