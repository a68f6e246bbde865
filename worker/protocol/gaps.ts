import { z } from "zod";

/** Why a question counts as a knowledge gap: the AI declined it, answered it unsure, or the conversation went to a person. */
export const GapReason = z.enum(["declined", "low_confidence", "handoff"]);
export type GapReason = z.infer<typeof GapReason>;

/** One visitor message, named by its conversation and seq. */
export const QuestionRef = z.object({ conversationId: z.string().min(1).max(100), seq: z.number().int().positive() });
export type QuestionRef = z.infer<typeof QuestionRef>;

/** An example question of a group, with what the agent answered in that conversation after the handoff. */
export const GapExample = QuestionRef.extend({
  text: z.string(),
  at: z.number(),
  reason: GapReason,
  agentReplies: z.array(z.string()),
});
export type GapExample = z.infer<typeof GapExample>;

/** Before/after a group's article was published, per week: questions that matched the group, and how many went to a person. */
export const GapWeek = z.object({ start: z.number(), questions: z.number().int(), handedOver: z.number().int() });
export type GapWeek = z.infer<typeof GapWeek>;

export const GapRate = z.object({ weeks: z.number(), questionsPerWeek: z.number(), handedOverPerWeek: z.number() });
export type GapRate = z.infer<typeof GapRate>;

/** A group an admin drafted an article from, and what has happened since. */
export const TrackedGap = z.object({
  id: z.string(),
  label: z.string(),
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
  status: z.enum(["draft", "published"]),
  createdAt: z.number(),
  publishedAt: z.number().nullable(),
});
export type TrackedGap = z.infer<typeof TrackedGap>;

export const GapGroup = z.object({
  /** Stable while the group keeps its most representative question. */
  key: z.string(),
  label: z.string(),
  questions: z.number().int(),
  handedOver: z.number().int(),
  firstAt: z.number(),
  lastAt: z.number(),
  /** Every question of the group: what "Draft article" sends. */
  refs: z.array(QuestionRef),
  examples: z.array(GapExample),
  /** The tracked gap this group is, when an admin already drafted an article from it. */
  tracked: TrackedGap.nullable(),
});
export type GapGroup = z.infer<typeof GapGroup>;

export const GapList = z.object({
  from: z.number(),
  to: z.number(),
  /** "lexical" or the embedding model the questions were grouped with. */
  similarity: z.string(),
  questions: z.number().int(),
  groups: z.array(GapGroup),
});
export type GapList = z.infer<typeof GapList>;

export const GapImpact = TrackedGap.extend({
  before: GapRate,
  after: GapRate.nullable(),
  weeks: z.array(GapWeek.extend({ after: z.boolean() })),
});
export type GapImpact = z.infer<typeof GapImpact>;

export const GapImpacts = z.object({ similarity: z.string(), gaps: z.array(GapImpact) });
export type GapImpacts = z.infer<typeof GapImpacts>;

export const DraftRequest = z.object({ questions: z.array(QuestionRef).min(1).max(500) });
export type DraftRequest = z.infer<typeof DraftRequest>;
