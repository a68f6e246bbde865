/**
 * The ConversationDO's `emails` table: each agent reply emailed to the
 * visitor, by seq, with the id the mail service gave it (for threading).
 */
export const EMAILS_SCHEMA = `CREATE TABLE IF NOT EXISTS emails (seq INTEGER PRIMARY KEY, message_id TEXT NOT NULL);`;

export function wasEmailed(sql: SqlStorage, seq: number): boolean {
  return sql.exec("SELECT 1 FROM emails WHERE seq = ?", seq).toArray().length > 0;
}

/** The message ids of the replies emailed so far, oldest first. */
export function emailedMessageIds(sql: SqlStorage): string[] {
  return sql.exec<{ message_id: string }>("SELECT message_id FROM emails ORDER BY seq").toArray().map((r) => r.message_id);
}

export function recordEmail(sql: SqlStorage, seq: number, messageId: string): void {
  sql.exec("INSERT OR IGNORE INTO emails (seq, message_id) VALUES (?, ?)", seq, messageId);
}
