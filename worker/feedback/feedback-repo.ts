import { z } from "zod";

/** What answered the visitor: the AI alone, or a person it was handed to. */
export type RatingPath = "ai" | "human";

export const HandoffVerdict = z.enum(["not_needed", "too_late"]);
export type HandoffVerdict = z.infer<typeof HandoffVerdict>;

export interface NewRating {
  conversationId: string;
  workspaceId: string;
  siteId: string;
  score: number;
  comment: string | null;
  path: RatingPath;
  agentId: string | null;
}

/**
 * Satisfaction and handoff feedback in D1 (migrations/0010_feedback.sql). A
 * conversation is rated once and an answer marked once: the primary keys
 * refuse a second row, and the callers turn that into a typed error.
 */
export async function saveRating(db: D1Database, rating: NewRating, now: number): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO conversation_ratings (conversation_id, workspace_id, site_id, score, comment, path, agent_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .bind(rating.conversationId, rating.workspaceId, rating.siteId, rating.score, rating.comment, rating.path, rating.agentId, now)
    .run();
  return result.meta.changes > 0;
}

/** Whether the conversation already has its rating (the DO also remembers; this is the durable truth). */
export async function isRated(db: D1Database, conversationId: string): Promise<boolean> {
  const row = await db.prepare("SELECT 1 AS one FROM conversation_ratings WHERE conversation_id = ?").bind(conversationId).first();
  return row !== null;
}

export interface AnswerMark {
  conversationId: string;
  workspaceId: string;
  siteId: string;
  seq: number;
  helpful: boolean;
}

/** Stores thumbs up / down on one AI answer; false when that answer was already marked. */
export async function saveAnswerFeedback(db: D1Database, mark: AnswerMark, now: number): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO answer_feedback (conversation_id, seq, workspace_id, site_id, helpful, created_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .bind(mark.conversationId, mark.seq, mark.workspaceId, mark.siteId, mark.helpful ? 1 : 0, now)
    .run();
  return result.meta.changes > 0;
}

export interface HandoffFeedback {
  verdict: HandoffVerdict;
  agentId: string;
  triggerReason: string | null;
  createdAt: number;
}

/**
 * The agent's verdict on a handoff, once per conversation (as the table says:
 * a handoff is judged once). Only a conversation that was handed to people
 * (queued or assigned) can be judged; the trigger reason is copied from it.
 */
export async function saveHandoffFeedback(
  db: D1Database,
  entry: { conversationId: string; workspaceId: string; verdict: HandoffVerdict; agentId: string },
  now: number,
): Promise<{ ok: true; feedback: HandoffFeedback } | { ok: false; why: "already_judged" | "not_handed_off" }> {
  const result = await db
    .prepare(
      `INSERT INTO handoff_feedback (conversation_id, workspace_id, trigger_reason, verdict, agent_id, created_at)
       SELECT id, workspace_id, trigger_reason, ?, ?, ? FROM conversations
       WHERE id = ? AND workspace_id = ? AND (queued_at IS NOT NULL OR assigned_at IS NOT NULL)
       ON CONFLICT (conversation_id) DO NOTHING`,
    )
    .bind(entry.verdict, entry.agentId, now, entry.conversationId, entry.workspaceId)
    .run();
  const feedback = await handoffFeedback(db, entry.conversationId);
  if (result.meta.changes > 0 && feedback) return { ok: true, feedback };
  return { ok: false, why: feedback ? "already_judged" : "not_handed_off" };
}

type HandoffRow = { verdict: HandoffVerdict; agent_id: string; trigger_reason: string | null; created_at: number };

export async function handoffFeedback(db: D1Database, conversationId: string): Promise<HandoffFeedback | null> {
  const row = await db
    .prepare("SELECT verdict, agent_id, trigger_reason, created_at FROM handoff_feedback WHERE conversation_id = ?")
    .bind(conversationId)
    .first<HandoffRow>();
  return row ? { verdict: row.verdict, agentId: row.agent_id, triggerReason: row.trigger_reason, createdAt: row.created_at } : null;
}
