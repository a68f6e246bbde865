const DAY_MS = 86_400_000;

/**
 * Conversations whose last activity is older than their workspace's
 * retention, oldest first, at most `limit`. Workspaces with no retention
 * (NULL) keep everything. Messages do not move the row's updated_at (only
 * state and page changes do), so a conversation with a newer message is kept.
 * Uses conversations_workspace (workspace_id, updated_at) and the messages' key.
 */
export async function expiredConversations(db: D1Database, now: number, limit: number): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT c.id FROM workspaces w
       JOIN conversations c ON c.workspace_id = w.id AND c.updated_at < ?1 - w.retention_days * ${DAY_MS}
       WHERE w.retention_days IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.created_at >= ?1 - w.retention_days * ${DAY_MS})
       ORDER BY c.updated_at LIMIT ?2`,
    )
    .bind(now, limit)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** Everything D1 keeps of these conversations (transcript, events, feedback, the row), in one batch. */
export async function deleteConversationRows(db: D1Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const list = ids.map(() => "?").join(", ");
  await db.batch(
    ["messages", "conversation_events", "conversation_ratings", "answer_feedback", "handoff_feedback", "conversations"].map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE ${table === "conversations" ? "id" : "conversation_id"} IN (${list})`).bind(...ids),
    ),
  );
}

/** Daily AI counters are needed for today's budget only; a year of them is kept for reading. */
export async function deleteOldAiUsage(db: D1Database, beforeDay: string): Promise<number> {
  const result = await db.prepare("DELETE FROM ai_usage WHERE day < ?").bind(beforeDay).run();
  return result.meta.changes ?? 0;
}
