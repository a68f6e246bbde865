import { z } from "zod";
import { Briefing, EscalationDecision, PageInfo, type ConversationState } from "../protocol/index.ts";
import { VisitorInfo, type Conversation, type ConversationInit } from "./conversation.ts";

/** The ConversationDO's `conversation` table (one row), read and written; the schema is in schema.ts. */

type Row = {
  id: string;
  workspace_id: string;
  site_id: string;
  visitor_id: string | null;
  visitor: string;
  page: string | null;
  state: ConversationState;
  agent_id: string | null;
  agent_name: string | null;
  trigger_reason: string | null;
  created_at: number;
  updated_at: number;
  queued_at: number | null;
  assigned_at: number | null;
  resolved_at: number | null;
  decisions: string;
  briefing: string | null;
  version: number;
  team_id: string;
  visitor_email: string | null;
  said: string;
  queue_status: string | null;
};

/** The stored conversation, or null before it was created. */
export function readConversation(sql: SqlStorage): Conversation | null {
  const row = sql.exec<Row>("SELECT * FROM conversation LIMIT 1").toArray()[0];
  return row ? fromRow(row) : null;
}

export function insertConversation(sql: SqlStorage, init: ConversationInit, now: number): Conversation {
  sql.exec(
    `INSERT INTO conversation (id, workspace_id, site_id, visitor_id, visitor, page, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'bot', ?, ?)`,
    init.id,
    init.workspaceId,
    init.siteId,
    init.visitorId,
    JSON.stringify(init.visitor),
    init.page ? JSON.stringify(init.page) : null,
    now,
    now,
  );
  return fromRow(sql.exec<Row>("SELECT * FROM conversation LIMIT 1").one());
}

/** Writes every field of the conversation; `decisions` is stored as given (the caller trims it). */
export function writeConversation(sql: SqlStorage, next: Conversation): void {
  sql.exec(
    `UPDATE conversation SET state = ?, agent_id = ?, agent_name = ?, trigger_reason = ?, page = ?,
       queued_at = ?, assigned_at = ?, resolved_at = ?, decisions = ?, briefing = ?, updated_at = ?, version = ?,
       team_id = ?, visitor_email = ?, said = ?, visitor = ?`,
    next.state,
    next.agent?.id ?? null,
    next.agent?.name ?? null,
    next.triggerReason,
    next.page ? JSON.stringify(next.page) : null,
    next.queuedAt,
    next.assignedAt,
    next.resolvedAt,
    JSON.stringify(next.decisions),
    next.briefing ? JSON.stringify(next.briefing) : null,
    next.updatedAt,
    next.version,
    next.teamId,
    next.visitorEmail,
    JSON.stringify(next.said),
    JSON.stringify(next.visitor),
  );
}

export function writeQueueStatus(sql: SqlStorage, status: unknown): void {
  sql.exec("UPDATE conversation SET queue_status = ?", JSON.stringify(status));
}

export function readQueueStatus(sql: SqlStorage): unknown {
  const row = sql.exec<{ queue_status: string | null }>("SELECT queue_status FROM conversation").toArray()[0];
  return row?.queue_status ? (JSON.parse(row.queue_status) as unknown) : null;
}

/** How far D1 has the conversation: its messages up to syncedSeq, the row as of syncedVersion. */
export interface SyncStatus {
  syncedSeq: number;
  syncedVersion: number;
  failures: number;
  error: string | null;
}

export function readSyncStatus(sql: SqlStorage): SyncStatus {
  const row = sql
    .exec<{ synced_seq: number; synced_version: number; sync_failures: number; sync_error: string | null }>(
      "SELECT synced_seq, synced_version, sync_failures, sync_error FROM conversation",
    )
    .toArray()[0];
  return {
    syncedSeq: row?.synced_seq ?? 0,
    syncedVersion: row?.synced_version ?? 0,
    failures: row?.sync_failures ?? 0,
    error: row?.sync_error ?? null,
  };
}

export function markSynced(sql: SqlStorage, syncedSeq: number, syncedVersion: number): void {
  sql.exec("UPDATE conversation SET synced_seq = ?, synced_version = ?, sync_failures = 0, sync_error = NULL", syncedSeq, syncedVersion);
}

/** Counts a failed D1 write; returns the failures in a row. */
export function recordSyncFailure(sql: SqlStorage, error: string): number {
  return sql
    .exec<{ sync_failures: number }>("UPDATE conversation SET sync_failures = sync_failures + 1, sync_error = ? RETURNING sync_failures", error)
    .one().sync_failures;
}

function fromRow(row: Row): Conversation {
  const page = row.page ? PageInfo.safeParse(JSON.parse(row.page)) : null;
  const visitor = VisitorInfo.safeParse(JSON.parse(row.visitor));
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    siteId: row.site_id,
    visitorId: row.visitor_id,
    visitor: visitor.success ? visitor.data : {},
    page: page?.success ? page.data : null,
    state: row.state,
    agent: row.agent_id ? { id: row.agent_id, name: row.agent_name ?? "Agent" } : null,
    triggerReason: row.trigger_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    queuedAt: row.queued_at,
    assignedAt: row.assigned_at,
    resolvedAt: row.resolved_at,
    decisions: parseJson(EscalationDecision.array(), row.decisions) ?? [],
    briefing: row.briefing ? parseJson(Briefing, row.briefing) : null,
    version: row.version,
    teamId: row.team_id,
    visitorEmail: row.visitor_email,
    said: parseJson(z.array(z.string()), row.said) ?? [],
  };
}

function parseJson<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }, json: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
