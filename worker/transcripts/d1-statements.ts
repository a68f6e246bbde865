import { D1_MAX_PARAMETERS, inParts } from "../d1-parts.ts";
import type { ChatMessage } from "../protocol/index.ts";
import type { Conversation } from "../conversation/conversation.ts";
import type { PendingEvent } from "../conversation/event-store.ts";

/** Idempotent upsert of a conversation row: replaying it after a partial failure is harmless. */
export function upsertConversation(db: D1Database, c: Conversation, lastSeq: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO conversations (id, workspace_id, site_id, visitor_id, visitor, state, agent_id, agent_name, trigger_reason,
         page_url, page_title, referrer, created_at, updated_at, queued_at, assigned_at, resolved_at, last_seq,
         decisions, briefing, team_id, visitor_email)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET state = excluded.state, agent_id = excluded.agent_id,
         agent_name = excluded.agent_name, trigger_reason = excluded.trigger_reason, page_url = excluded.page_url,
         page_title = excluded.page_title, updated_at = excluded.updated_at, queued_at = excluded.queued_at,
         assigned_at = excluded.assigned_at, resolved_at = excluded.resolved_at,
         last_seq = max(conversations.last_seq, excluded.last_seq), decisions = excluded.decisions,
         briefing = excluded.briefing, team_id = excluded.team_id, visitor_email = excluded.visitor_email,
         visitor = excluded.visitor`,
    )
    .bind(
      c.id,
      c.workspaceId,
      c.siteId,
      c.visitorId,
      JSON.stringify(c.visitor),
      c.state,
      c.agent?.id ?? null,
      c.agent?.name ?? null,
      c.triggerReason,
      c.page?.url ?? null,
      c.page?.title ?? null,
      c.page?.referrer ?? null,
      c.createdAt,
      c.updatedAt,
      c.queuedAt,
      c.assignedAt,
      c.resolvedAt,
      lastSeq,
      JSON.stringify(c.decisions),
      c.briefing ? JSON.stringify(c.briefing) : null,
      c.teamId,
      c.visitorEmail,
    );
}

/** New messages on a conversation whose row D1 already has: only the watermark moves. */
export function touchLastSeq(db: D1Database, conversationId: string, lastSeq: number): D1PreparedStatement {
  return db.prepare("UPDATE conversations SET last_seq = max(last_seq, ?) WHERE id = ?").bind(lastSeq, conversationId);
}

const MESSAGE_COLUMNS = 10;

/**
 * A batch's messages as few multi-row inserts (each statement is a query for D1 to run; rows in one are not).
 * Messages never change once stored, so a replayed insert is ignored.
 */
export function insertMessages(db: D1Database, conversationId: string, messages: readonly ChatMessage[]): D1PreparedStatement[] {
  return inParts(messages, Math.floor(D1_MAX_PARAMETERS / MESSAGE_COLUMNS)).map((part) =>
    db
      .prepare(
        `INSERT OR IGNORE INTO messages (conversation_id, seq, id, client_id, role, author, author_id, text, created_at, ai)
         VALUES ${part.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
      )
      .bind(...part.flatMap((m) => [conversationId, m.seq, m.id, m.clientId, m.role, m.author, m.authorId, m.text, m.at, m.ai ? JSON.stringify(m.ai) : null])),
  );
}

/** One conversation event for the reports; a replayed insert is ignored ((conversation_id, n) is the key). */
export function insertEvent(db: D1Database, c: Conversation, e: PendingEvent): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO conversation_events (conversation_id, n, workspace_id, site_id, kind, at, agent_id, team_id,
         trigger_reason, topic, sentiment, sentiment_first)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(c.id, e.n, c.workspaceId, c.siteId, e.kind, e.at, e.agentId, e.teamId, e.triggerReason, e.topic, e.sentiment, e.sentimentFirst);
}
