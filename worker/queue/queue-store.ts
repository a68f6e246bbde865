import { QueueEntry, type AgentRef } from "../protocol/index.ts";
import { TIMERS_SCHEMA } from "../durable/timer-store.ts";
import { orderKey } from "../routing/priority.ts";

/** Steps for durable/migrate.ts; append, never edit a shipped step. */
export const QUEUE_SCHEMA: readonly string[] = [
  `
CREATE TABLE IF NOT EXISTS entries (
  conversation_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  agent_id TEXT,
  queued_at INTEGER NOT NULL,
  entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_status ON entries (status, queued_at);
`,
  // Priority order (worker/routing/priority.ts), offers and their refusals, re-alerts, and what the visitor was last told.
  `ALTER TABLE entries ADD COLUMN tier_rank INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE entries ADD COLUMN front INTEGER NOT NULL DEFAULT 1;
   ALTER TABLE entries ADD COLUMN effective_at INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE entries ADD COLUMN offered_to TEXT;
   ALTER TABLE entries ADD COLUMN declined TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE entries ADD COLUMN assigned_at INTEGER;
   ALTER TABLE entries ADD COLUMN told TEXT;
   UPDATE entries SET effective_at = queued_at;
   CREATE INDEX IF NOT EXISTS entries_order ON entries (status, tier_rank, front, effective_at);
   CREATE TABLE IF NOT EXISTS handled (id INTEGER PRIMARY KEY AUTOINCREMENT, ms INTEGER NOT NULL);
   ${TIMERS_SCHEMA}`,
];

/** An entry waits, is being offered to one agent (still waiting, for the visitor), or is held by an agent. */
export type EntryStatus = "waiting" | "offered" | "assigned";

export interface StoredEntry {
  entry: QueueEntry;
  status: EntryStatus;
  offeredTo: string | null;
  declined: string[];
  assignedAt: number | null;
  /** What the visitor was last told (position and estimate), to push only changes. */
  told: string | null;
}

type Row = { entry: string; status: EntryStatus; offered_to: string | null; declined: string; assigned_at: number | null; told: string | null };

const ORDER = "ORDER BY tier_rank, front, effective_at, conversation_id";
/** Handling times kept for the wait estimate. */
const HANDLED_KEPT = 50;

/** A team's conversations, waiting for or held by an agent, in the team QueueDO's SQLite. */
export class QueueStore {
  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  get(conversationId: string): StoredEntry | null {
    const row = this.sql.exec<Row>("SELECT * FROM entries WHERE conversation_id = ?", conversationId).toArray()[0];
    return row ? fromRow(row) : null;
  }

  /** Waiting (and being offered) conversations, in the order they are taken. */
  waiting(): StoredEntry[] {
    return this.list(`SELECT * FROM entries WHERE status IN ('waiting', 'offered') ${ORDER}`);
  }

  /** The next conversations nobody is being offered, for auto-assign. */
  unoffered(limit: number): StoredEntry[] {
    return this.list(`SELECT * FROM entries WHERE status = 'waiting' ${ORDER} LIMIT ?`, limit);
  }

  assignedTo(agentId: string): StoredEntry[] {
    return this.list("SELECT * FROM entries WHERE status = 'assigned' AND agent_id = ? ORDER BY queued_at", agentId);
  }

  offeredTo(agentId: string): StoredEntry[] {
    return this.list("SELECT * FROM entries WHERE status = 'offered' AND offered_to = ? ORDER BY queued_at", agentId);
  }

  /** Stores an entry as it is now; `front` puts a released conversation back at the head of the line. */
  put(stored: StoredEntry, front = false): void {
    const { entry } = stored;
    const key = orderKey({ queuedAt: entry.queuedAt, kind: entry.kind, tierRank: entry.tierRank, front });
    this.sql.exec(
      `INSERT INTO entries (conversation_id, status, agent_id, queued_at, entry, tier_rank, front, effective_at, offered_to, declined, assigned_at, told)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET status = excluded.status, agent_id = excluded.agent_id,
         queued_at = excluded.queued_at, entry = excluded.entry, tier_rank = excluded.tier_rank,
         front = min(entries.front, excluded.front), effective_at = excluded.effective_at, offered_to = excluded.offered_to,
         declined = excluded.declined, assigned_at = excluded.assigned_at, told = excluded.told`,
      entry.conversationId,
      stored.status,
      entry.agent?.id ?? null,
      entry.queuedAt,
      JSON.stringify(entry),
      key.tierRank,
      key.front,
      key.effectiveAt,
      stored.offeredTo,
      JSON.stringify(stored.declined),
      stored.assignedAt,
      stored.told,
    );
  }

  /** The same entry with another status and agent; the rest of it unchanged. */
  move(stored: StoredEntry, status: EntryStatus, agent: AgentRef | null, patch: Partial<StoredEntry> = {}): StoredEntry {
    const entry: QueueEntry = { ...stored.entry, status: status === "assigned" ? "assigned" : "waiting", agent };
    const next: StoredEntry = { ...stored, ...patch, entry, status };
    this.sql.exec(
      "UPDATE entries SET status = ?, agent_id = ?, entry = ?, offered_to = ?, declined = ?, assigned_at = ?, told = ? WHERE conversation_id = ?",
      status,
      agent?.id ?? null,
      JSON.stringify(entry),
      next.offeredTo,
      JSON.stringify(next.declined),
      next.assignedAt,
      next.told,
      entry.conversationId,
    );
    return next;
  }

  /** Back to the head of its line (its agent left it). */
  toFront(conversationId: string): void {
    this.sql.exec("UPDATE entries SET front = 0 WHERE conversation_id = ?", conversationId);
  }

  setTold(conversationId: string, told: string): void {
    this.sql.exec("UPDATE entries SET told = ? WHERE conversation_id = ?", told, conversationId);
  }

  delete(conversationId: string): void {
    this.sql.exec("DELETE FROM entries WHERE conversation_id = ?", conversationId);
  }

  /** A conversation an agent finished: how long it took them, for the wait estimate. */
  recordHandled(ms: number): void {
    this.sql.exec("INSERT INTO handled (ms) VALUES (?)", Math.max(0, Math.round(ms)));
    this.sql.exec("DELETE FROM handled WHERE id <= (SELECT max(id) FROM handled) - ?", HANDLED_KEPT);
  }

  handledMs(): number[] {
    return this.sql.exec<{ ms: number }>("SELECT ms FROM handled ORDER BY id").toArray().map((r) => r.ms);
  }

  private list(query: string, ...bindings: (string | number)[]): StoredEntry[] {
    return this.sql.exec<Row>(query, ...bindings).toArray().flatMap((row) => {
      const stored = fromRow(row);
      return stored ? [stored] : [];
    });
  }
}

function fromRow(row: Row): StoredEntry | null {
  const parsed = QueueEntry.safeParse(JSON.parse(row.entry));
  if (!parsed.success) return null;
  return {
    entry: parsed.data,
    status: row.status,
    offeredTo: row.offered_to,
    declined: JSON.parse(row.declined) as string[],
    assignedAt: row.assigned_at,
    told: row.told,
  };
}
