/**
 * Writes to the feedback tables (migrations/0010_feedback.sql). Each row is
 * written once (a conversation is rated once, an answer marked once, a
 * handoff judged once), so a replayed insert is ignored.
 */

export interface RatingRow {
  conversationId: string;
  workspaceId: string;
  siteId: string;
  score: number;
  comment: string | null;
  path: "ai" | "human";
  agentId: string | null;
  createdAt: number;
}

export function insertRating(db: D1Database, r: RatingRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO conversation_ratings (conversation_id, workspace_id, site_id, score, comment, path, agent_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(r.conversationId, r.workspaceId, r.siteId, r.score, r.comment, r.path, r.agentId, r.createdAt);
}

export interface AnswerFeedbackRow {
  conversationId: string;
  seq: number;
  workspaceId: string;
  siteId: string;
  helpful: boolean;
  createdAt: number;
}

export function insertAnswerFeedback(db: D1Database, f: AnswerFeedbackRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO answer_feedback (conversation_id, seq, workspace_id, site_id, helpful, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .bind(f.conversationId, f.seq, f.workspaceId, f.siteId, f.helpful ? 1 : 0, f.createdAt);
}

export interface HandoffFeedbackRow {
  conversationId: string;
  workspaceId: string;
  triggerReason: string | null;
  verdict: "not_needed" | "too_late";
  agentId: string;
  createdAt: number;
}

export function insertHandoffFeedback(db: D1Database, f: HandoffFeedbackRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO handoff_feedback (conversation_id, workspace_id, trigger_reason, verdict, agent_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .bind(f.conversationId, f.workspaceId, f.triggerReason, f.verdict, f.agentId, f.createdAt);
}
