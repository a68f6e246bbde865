import { z } from "zod";
import { MAX_CLIENT_ID_CHARS } from "./limits.ts";

/** Who wrote a message. */
export const Role = z.enum(["visitor", "ai", "agent", "system"]);
export type Role = z.infer<typeof Role>;

/** Lifecycle of a conversation; transitions live in conversation/state-machine.ts. */
export const ConversationState = z.enum(["bot", "queued", "assigned", "resolved"]);
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
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const AgentRef = z.object({ id: z.string(), name: z.string() });
export type AgentRef = z.infer<typeof AgentRef>;

export const PageInfo = z.object({
  url: z.string().max(2048),
  title: z.string().max(512),
  referrer: z.string().max(2048).optional(),
});
export type PageInfo = z.infer<typeof PageInfo>;

/** A conversation as the agents' queue feed shows it. */
export const QueueEntry = z.object({
  conversationId: z.string(),
  siteId: z.string(),
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
