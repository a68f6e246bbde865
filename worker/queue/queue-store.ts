import { QueueEntry, type AgentRef } from "../protocol/index.ts";

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
];

/** Conversations waiting for or assigned to an agent, in the QueueDO's SQLite. */
export class QueueStore {
  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  get(conversationId: string): QueueEntry | null {
    const row = this.sql
      .exec<{ entry: string }>("SELECT entry FROM entries WHERE conversation_id = ?", conversationId)
      .toArray()[0];
    return row ? parse(row.entry) : null;
  }

  /** Waiting conversations, oldest first: first come, first served. */
  waiting(): QueueEntry[] {
    return this.list("SELECT entry FROM entries WHERE status = 'waiting' ORDER BY queued_at, conversation_id");
  }

  assignedTo(agentId: string): QueueEntry[] {
    return this.list("SELECT entry FROM entries WHERE status = 'assigned' AND agent_id = ? ORDER BY queued_at", agentId);
  }

  /** 1-based place in the waiting line. */
  position(conversationId: string): number {
    const entry = this.get(conversationId);
    if (!entry || entry.status !== "waiting") return 0;
    return this.sql
      .exec<{ n: number }>("SELECT count(*) AS n FROM entries WHERE status = 'waiting' AND queued_at <= ?", entry.queuedAt)
      .one().n;
  }

  put(entry: QueueEntry): void {
    this.sql.exec(
      `INSERT INTO entries (conversation_id, status, agent_id, queued_at, entry) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET status = excluded.status, agent_id = excluded.agent_id,
         queued_at = excluded.queued_at, entry = excluded.entry`,
      entry.conversationId,
      entry.status,
      entry.agent?.id ?? null,
      entry.queuedAt,
      JSON.stringify(entry),
    );
  }

  assign(entry: QueueEntry, agent: AgentRef | null): QueueEntry {
    const next: QueueEntry = { ...entry, status: agent ? "assigned" : "waiting", agent };
    this.put(next);
    return next;
  }

  delete(conversationId: string): void {
    this.sql.exec("DELETE FROM entries WHERE conversation_id = ?", conversationId);
  }

  private list(query: string, ...bindings: string[]): QueueEntry[] {
    return this.sql
      .exec<{ entry: string }>(query, ...bindings)
      .toArray()
      .flatMap((row) => {
        const entry = parse(row.entry);
        return entry ? [entry] : [];
      });
  }
}

function parse(json: string): QueueEntry | null {
  const parsed = QueueEntry.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}
