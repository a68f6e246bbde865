import { z } from "zod";
import { PageInfo } from "./message.ts";

/** One escalation signal as the agent sees it: what fired, how strongly, and the words and numbers behind it. */
export const TriggerEvidence = z.object({
  name: z.string(),
  action: z.enum(["offer_human", "handoff"]),
  score: z.number(),
  evidence: z.array(z.string()),
  summary: z.string(),
  /** The message it fired on. */
  seq: z.number().int().min(0),
  /** The policy topic it recognised (forced and critical topics), for routing. */
  topic: z.string().optional(),
  /** The visitor's language at that message (ISO 639-1), when it could be told. */
  language: z.string().min(2).max(8).optional(),
});
export type TriggerEvidence = z.infer<typeof TriggerEvidence>;

/** A decision of the trigger engine that was not "stay", as stored with the conversation. */
export const EscalationDecision = z.object({
  seq: z.number().int().min(0),
  phase: z.enum(["visitor_message", "after_ai", "button"]),
  action: z.enum(["offer_human", "handoff"]),
  reason: z.string(),
  signals: z.array(TriggerEvidence),
  at: z.number(),
});
export type EscalationDecision = z.infer<typeof EscalationDecision>;

/** What the AI already tried, one entry per AI answer. */
export const AiAttempt = z.object({
  seq: z.number().int().positive(),
  question: z.string(),
  answer: z.string(),
  articles: z.array(z.object({ title: z.string(), url: z.string().nullable() })),
  confidence: z.number(),
  declined: z.boolean(),
});
export type AiAttempt = z.infer<typeof AiAttempt>;

export const PreviousConversation = z.object({
  id: z.string(),
  createdAt: z.number(),
  state: z.string(),
  triggerReason: z.string().nullable(),
  firstQuestion: z.string().nullable(),
});
export type PreviousConversation = z.infer<typeof PreviousConversation>;

/**
 * The context packet an agent gets with a handed-off conversation, built at
 * handoff and refreshed while it waits: enough to never ask "how can I help?".
 */
export const Briefing = z.object({
  conversationId: z.string(),
  updatedAt: z.number(),
  /** Who wrote the summary: the LLM (Workers AI) or the extractive fallback. */
  source: z.enum(["llm", "extractive"]),
  summary: z.string(),
  wants: z.string(),
  /** Order numbers, emails, amounts the visitor mentioned. */
  facts: z.array(z.string()),
  aiTried: z.array(AiAttempt),
  reason: z.string(),
  triggers: z.array(TriggerEvidence),
  sentiment: z.object({
    trend: z.enum(["improving", "steady", "worsening"]),
    scores: z.array(z.object({ seq: z.number(), score: z.number() })),
  }),
  page: PageInfo.nullable(),
  visitor: z.object({
    visitorId: z.string().nullable(),
    name: z.string().optional(),
    email: z.string().optional(),
    tier: z.string().optional(),
  }),
  previous: z.array(PreviousConversation),
  suggestedOpening: z.string(),
  /** The language the visitor writes in (ISO 639-1), when it could be told. */
  language: z.string().min(2).max(8).optional(),
});
export type Briefing = z.infer<typeof Briefing>;
