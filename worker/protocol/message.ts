import { z } from "zod";
import { MAX_CLIENT_ID_CHARS } from "./limits.ts";
import { NoticeRef } from "./notice.ts";

/** Who wrote a message. A `note` is an agent's private note: agents see it, visitors never do. */
export const Role = z.enum(["visitor", "ai", "agent", "system", "note"]);
export type Role = z.infer<typeof Role>;

/**
 * Lifecycle of a conversation; transitions live in conversation/state-machine.ts.
 * `followup`: nobody could take it now (after hours, nobody online, or the
 * visitor left an email): a ticket an agent answers later, by email if the
 * visitor is gone.
 */
export const ConversationState = z.enum(["bot", "queued", "assigned", "resolved", "followup"]);
export type ConversationState = z.infer<typeof ConversationState>;

export const ClientId = z.string().min(1).max(MAX_CLIENT_ID_CHARS);

/** A knowledge-base article an AI answer was drawn from. */
export const Citation = z.object({
  articleId: z.string(),
  title: z.string(),
  url: z.string().nullable(),
});
export type Citation = z.infer<typeof Citation>;

/** A passage retrieval returned for an AI turn, with its full-text relevance. */
export const RetrievalEvidence = z.object({
  articleId: z.string(),
  passageId: z.number().int(),
  title: z.string(),
  score: z.number(),
});
export type RetrievalEvidence = z.infer<typeof RetrievalEvidence>;

/** What the AI knew when it answered; the triggers and the agent briefing read it. */
export const AiMeta = z.object({
  provider: z.string(),
  model: z.string(),
  confidence: z.number().min(0).max(1),
  citations: z.array(Citation),
  declined: z.boolean(),
  latencyMs: z.number().nonnegative(),
  /** What retrieval found, best first. */
  retrieval: z.array(RetrievalEvidence).max(10).default([]),
});
export type AiMeta = z.infer<typeof AiMeta>;

/** One stored message. `seq` is assigned by the server: per conversation, from 1, without gaps. */
export const ChatMessage = z.object({
  seq: z.number().int().positive(),
  id: z.string(),
  clientId: z.string().nullable(),
  role: Role,
  /** Display name: the agent's name for agent messages, null otherwise. */
  author: z.string().nullable(),
  /** The agent's id for agent messages (names are not unique), null otherwise. */
  authorId: z.string().nullable(),
  text: z.string(),
  /** Epoch milliseconds when the server stored it. */
  at: z.number(),
  ai: AiMeta.optional(),
  /** System messages: which notice `text` is, so a client can say it in the visitor's language (notice.ts). */
  notice: NoticeRef.optional(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const AgentRef = z.object({ id: z.string(), name: z.string() });

/** Online takes new conversations; away keeps its own and takes none; offline is gone. */
export const AgentStatus = z.enum(["online", "away", "offline"]);
export type AgentStatus = z.infer<typeof AgentStatus>;
export type AgentRef = z.infer<typeof AgentRef>;

export const PageInfo = z.object({
  url: z.string().max(2048),
  title: z.string().max(512),
  referrer: z.string().max(2048).optional(),
});
export type PageInfo = z.infer<typeof PageInfo>;

/**
 * Why a conversation waits, for its priority: a person asked, or the visitor
 * is upset (first); the AI was unsure or a policy topic came up (then).
 */
export const WaitKind = z.enum(["asked", "upset", "unsure", "policy"]);
export type WaitKind = z.infer<typeof WaitKind>;

/** A conversation as the agents' queue feed shows it. */
export const QueueEntry = z.object({
  conversationId: z.string(),
  siteId: z.string(),
  /** The team whose queue holds it. */
  teamId: z.string().default("all"),
  kind: WaitKind.default("asked"),
  /** The visitor's tier as the site said it (shown to agents). */
  tier: z.string().nullable().default(null),
  /** Its place in the site's tier order when verified; 99 (no priority) otherwise. See worker/protocol/queue-order.ts. */
  tierRank: z.number().int().min(0).default(99),
  /** Latest visitor sentiment, -1 (angry) … 1 (happy), when known. */
  sentiment: z.number().min(-1).max(1).nullable().default(null),
  /** 1-based place in line among the team's waiting conversations (0 when not waiting). */
  position: z.number().int().min(0).default(0),
  /** Re-alerts so far for waiting too long (the console's badge grows with it). */
  alerts: z.number().int().min(0).default(0),
  status: z.enum(["waiting", "assigned"]),
  reason: z.string(),
  firstQuestion: z.string(),
  page: PageInfo.nullable(),
  visitorName: z.string().nullable(),
  queuedAt: z.number(),
  agent: AgentRef.nullable(),
  /** One line from the briefing, for the queue list. */
  summary: z.string().optional(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;
