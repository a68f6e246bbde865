import { NoticeRef, type AiMeta, type ChatMessage, type Role } from "../protocol/index.ts";
import { chatMessage } from "../transcripts/chat-message.ts";
import { randomId } from "../auth/base64url.ts";

export interface NewMessage {
  /** "visitor", "agent:<id>", "ai" or "system": a clientId is unique per sender. */
  sender: string;
  clientId: string | null;
  role: Role;
  author: string | null;
  text: string;
  ai?: AiMeta;
  /** System notices: which one it is, for translation. */
  notice?: NoticeRef;
}

type Row = {
  seq: number;
  id: string;
  sender: string;
  client_id: string | null;
  role: Role;
  author: string | null;
  text: string;
  at: number;
  ai: string | null;
  notice: string | null;
};

const COLUMNS = "seq, id, sender, client_id, role, author, text, at, ai, notice";

/** The conversation's messages in the Durable Object's SQLite: gap-free seq, idempotent by clientId. */
export class MessageLog {
  private last: number;

  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
    this.last = sql.exec<{ last: number | null }>("SELECT max(seq) AS last FROM messages").one().last ?? 0;
  }

  lastSeq(): number {
    return this.last;
  }

  /** Stores a message unless its sender already stored one with this clientId; then returns that one. */
  append(input: NewMessage, now: number): { message: ChatMessage; duplicate: boolean } {
    const seq = this.last + 1;
    const id = randomId(12);
    const cursor = this.sql.exec(
      `INSERT INTO messages (seq, id, sender, client_id, role, author, text, at, ai, notice)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      seq,
      id,
      input.sender,
      input.clientId,
      input.role,
      input.author,
      input.text,
      now,
      input.ai ? JSON.stringify(input.ai) : null,
      input.notice ? JSON.stringify(input.notice) : null,
    );
    if (cursor.rowsWritten === 0 && input.clientId !== null) {
      const existing = this.sql
        .exec<Row>(`SELECT ${COLUMNS} FROM messages WHERE sender = ? AND client_id = ?`, input.sender, input.clientId)
        .one();
      return { message: toMessage(existing), duplicate: true };
    }
    this.last = seq;
    const message: ChatMessage = {
      seq,
      id,
      clientId: input.clientId,
      role: input.role,
      author: input.author,
      authorId: authorIdOf(input.sender),
      text: input.text,
      at: now,
      ...(input.ai ? { ai: input.ai } : {}),
      ...(input.notice ? { notice: input.notice } : {}),
    };
    return { message, duplicate: false };
  }

  /** How many AI answers this conversation has had (the greeting is not one). */
  aiTurns(): number {
    return this.sql
      .exec<{ n: number }>("SELECT count(*) AS n FROM messages WHERE sender = 'ai' AND client_id IS NOT 'greeting'")
      .one().n;
  }

  /** Whether `seq` is one of the AI's answers (not the greeting): the only messages a visitor may mark helpful. */
  isAiAnswer(seq: number): boolean {
    return (
      this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM messages WHERE seq = ? AND sender = 'ai' AND client_id IS NOT 'greeting'", seq).one().n > 0
    );
  }

  /** The agent who wrote the newest agent reply, or null when no person has replied. */
  lastAgentId(): string | null {
    const row = this.sql.exec<{ sender: string }>("SELECT sender FROM messages WHERE role = 'agent' ORDER BY seq DESC LIMIT 1").toArray()[0];
    return row ? authorIdOf(row.sender) : null;
  }

  /** Messages with seq > `after`, oldest first; a visitor's copy leaves out agents' private notes. */
  after(after: number, limit = 1000, audience: "agent" | "visitor" = "agent"): ChatMessage[] {
    const notes = audience === "visitor" ? "AND role != 'note'" : "";
    return this.sql
      .exec<Row>(`SELECT ${COLUMNS} FROM messages WHERE seq > ? ${notes} ORDER BY seq LIMIT ?`, after, limit)
      .toArray()
      .map(toMessage);
  }

  /** The newest `limit` messages the visitor and the AI took part in (no private notes), oldest first. */
  recent(limit: number): ChatMessage[] {
    return this.sql
      .exec<Row>(`SELECT ${COLUMNS} FROM (SELECT ${COLUMNS} FROM messages WHERE role != 'note' ORDER BY seq DESC LIMIT ?) ORDER BY seq`, limit)
      .toArray()
      .map(toMessage);
  }
}

function toMessage(row: Row): ChatMessage {
  const { seq, id, client_id: clientId, role, author, text, at } = row;
  const message = chatMessage({ seq, id, clientId, role, author, authorId: authorIdOf(row.sender), text, at }, row.ai);
  // Our own JSON, but a value that no longer validates is dropped: the English text still says it.
  const notice = row.notice ? NoticeRef.safeParse(JSON.parse(row.notice)) : null;
  return notice?.success ? { ...message, notice: notice.data } : message;
}

function authorIdOf(sender: string): string | null {
  return sender.startsWith("agent:") ? sender.slice("agent:".length) : null;
}
