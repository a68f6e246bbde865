import { sentimentTrend } from "../triggers/frustration.ts";
import type { Conversation } from "./conversation.ts";
import type { MessageLog } from "./message-log.ts";
import type { ConversationEvent } from "./state-machine.ts";

/** What the reports count (migrations/0011_conversation_events.sql); "reopen" covers any move out of resolved. */
export type EventKind = Exclude<ConversationEvent, "reopen"> | "reopen" | "first_reply";

export interface PendingEvent {
  n: number;
  kind: EventKind;
  at: number;
  agentId: string | null;
  teamId: string | null;
  triggerReason: string | null;
  topic: string | null;
  sentiment: number | null;
  sentimentFirst: number | null;
}

type Row = {
  n: number;
  kind: EventKind;
  at: number;
  agent_id: string | null;
  team_id: string | null;
  trigger_reason: string | null;
  topic: string | null;
  sentiment: number | null;
  sentiment_first: number | null;
};

export const EVENTS_SCHEMA = `CREATE TABLE IF NOT EXISTS events (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  agent_id TEXT,
  team_id TEXT,
  trigger_reason TEXT,
  topic TEXT,
  sentiment REAL,
  sentiment_first REAL
);
ALTER TABLE conversation ADD COLUMN awaiting_reply INTEGER NOT NULL DEFAULT 0;`;

/**
 * The conversation's events not yet in D1: an outbox in the object's SQLite,
 * written in the same storage transaction as the state change, emptied by
 * transcript-sync.ts in the batch it already sends (no extra D1 round trip).
 * AUTOINCREMENT keeps numbers rising after rows are deleted, so D1's
 * (conversation_id, n) key never repeats.
 */
export class EventLog {
  private readonly sql: SqlStorage;
  private readonly log: MessageLog;

  constructor(sql: SqlStorage, log: MessageLog) {
    this.sql = sql;
    this.log = log;
  }

  /** A state change happened; `from` tells a reopen (leaving resolved) from an ordinary move. */
  changed(event: ConversationEvent, from: Conversation["state"], c: Conversation, at: number): void {
    const kind: EventKind = from === "resolved" && event !== "resolve" ? "reopen" : event;
    this.add(kind, c, at);
    // A claim starts the wait for the agent's first reply; any other move away from a person ends it.
    if (event === "claim" || event === "reassign") this.sql.exec("UPDATE conversation SET awaiting_reply = 1");
    else if (c.state !== "assigned") this.sql.exec("UPDATE conversation SET awaiting_reply = 0");
  }

  /** An agent wrote to the visitor: the first time since a claim is the first human reply. */
  agentWrote(c: Conversation, at: number): boolean {
    const row = this.sql.exec<{ awaiting_reply: number }>("SELECT awaiting_reply FROM conversation").toArray()[0];
    if (!row || row.awaiting_reply !== 1) return false;
    this.sql.exec("UPDATE conversation SET awaiting_reply = 0");
    this.add("first_reply", c, at);
    return true;
  }

  pending(limit: number): PendingEvent[] {
    return this.sql
      .exec<Row>("SELECT * FROM events ORDER BY n LIMIT ?", limit)
      .toArray()
      .map((r) => ({
        n: r.n,
        kind: r.kind,
        at: r.at,
        agentId: r.agent_id,
        teamId: r.team_id,
        triggerReason: r.trigger_reason,
        topic: r.topic,
        sentiment: r.sentiment,
        sentimentFirst: r.sentiment_first,
      }));
  }

  /** D1 has them now. */
  synced(upTo: number): void {
    this.sql.exec("DELETE FROM events WHERE n <= ?", upTo);
  }

  private add(kind: EventKind, c: Conversation, at: number): void {
    // Scored from the transcript itself (the briefing's scores stop at the handoff).
    const latest = sentimentTrend(this.log.recent(40)).scores.at(-1)?.score ?? null;
    const first = kind === "handoff" ? (sentimentTrend(this.log.after(0, 40)).scores[0]?.score ?? null) : null;
    const topic = c.decisions.at(-1)?.signals.find((s) => s.topic)?.topic ?? null;
    this.sql.exec(
      `INSERT INTO events (kind, at, agent_id, team_id, trigger_reason, topic, sentiment, sentiment_first)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      kind,
      at,
      c.agent?.id ?? null,
      c.teamId,
      c.triggerReason,
      kind === "handoff" ? topic : null,
      latest === null ? null : clamp(latest),
      first === null ? null : clamp(first),
    );
  }
}

const clamp = (x: number) => Math.max(-1, Math.min(1, x));
