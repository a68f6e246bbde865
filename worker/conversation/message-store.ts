import { NoticeRef, type ChatMessage, type Role } from "../protocol/index.ts";
import { chatMessage } from "../transcripts/chat-message.ts";

/** The ConversationDO's `messages` table, read and written; the schema is in schema.ts, the rules in message-log.ts. */

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

/** A row as message-log.ts builds it; `ai` and `notice` already JSON. */
export interface MessageRow {
  seq: number;
  id: string;
  sender: string;
  clientId: string | null;
  role: Role;
  author: string | null;
  text: string;
  at: number;
  ai: string | null;
  notice: string | null;
}

export function highestSeq(sql: SqlStorage): number {
  return sql.exec<{ last: number | null }>("SELECT max(seq) AS last FROM messages").one().last ?? 0;
}

/** Stores the row unless its sender already stored one with this clientId (or the seq is taken); false then. */
export function insertMessageRow(sql: SqlStorage, row: MessageRow): boolean {
  const cursor = sql.exec(
    `INSERT INTO messages (seq, id, sender, client_id, role, author, text, at, ai, notice)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    row.seq,
    row.id,
    row.sender,
    row.clientId,
    row.role,
    row.author,
    row.text,
    row.at,
    row.ai,
    row.notice,
  );
  return cursor.rowsWritten > 0;
}

/** The message this sender stored with this clientId (it must exist). */
export function messageByClientId(sql: SqlStorage, sender: string, clientId: string): ChatMessage {
  return toMessage(sql.exec<Row>(`SELECT ${COLUMNS} FROM messages WHERE sender = ? AND client_id = ?`, sender, clientId).one());
}

/** An AI answer: the AI's message that is not the greeting. */
const AI_ANSWER = "sender = 'ai' AND client_id IS NOT 'greeting'";

/** How many AI answers are stored. */
export function countAiAnswers(sql: SqlStorage): number {
  return sql.exec<{ n: number }>(`SELECT count(*) AS n FROM messages WHERE ${AI_ANSWER}`).one().n;
}

/** Whether `seq` is an AI answer. */
export function isAiAnswerRow(sql: SqlStorage, seq: number): boolean {
  return sql.exec<{ n: number }>(`SELECT count(*) AS n FROM messages WHERE seq = ? AND ${AI_ANSWER}`, seq).one().n > 0;
}

/** The agent id of the newest agent reply, or null. */
export function lastAgentSender(sql: SqlStorage): string | null {
  const row = sql.exec<{ sender: string }>("SELECT sender FROM messages WHERE role = 'agent' ORDER BY seq DESC LIMIT 1").toArray()[0];
  return row ? authorIdOf(row.sender) : null;
}

/** Messages with seq > `after`, oldest first, at most `limit`; without agents' private notes when `withNotes` is false. */
export function messagesAfter(sql: SqlStorage, after: number, limit: number, withNotes: boolean): ChatMessage[] {
  const notes = withNotes ? "" : "AND role != 'note'";
  return sql.exec<Row>(`SELECT ${COLUMNS} FROM messages WHERE seq > ? ${notes} ORDER BY seq LIMIT ?`, after, limit).toArray().map(toMessage);
}

/** The newest `limit` messages that are not private notes, oldest first. */
export function recentMessages(sql: SqlStorage, limit: number): ChatMessage[] {
  return sql
    .exec<Row>(`SELECT ${COLUMNS} FROM (SELECT ${COLUMNS} FROM messages WHERE role != 'note' ORDER BY seq DESC LIMIT ?) ORDER BY seq`, limit)
    .toArray()
    .map(toMessage);
}

function toMessage(row: Row): ChatMessage {
  const { seq, id, client_id: clientId, role, author, text, at } = row;
  const message = chatMessage({ seq, id, clientId, role, author, authorId: authorIdOf(row.sender), text, at }, row.ai);
  // Our own JSON, but a value that no longer validates is dropped: the English text still says it.
  const notice = row.notice ? NoticeRef.safeParse(JSON.parse(row.notice)) : null;
  return notice?.success ? { ...message, notice: notice.data } : message;
}

/** "agent:<id>" senders are that agent; everyone else has no author id. */
export function authorIdOf(sender: string): string | null {
  return sender.startsWith("agent:") ? sender.slice("agent:".length) : null;
}
