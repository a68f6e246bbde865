import type { PreviousConversation } from "../protocol/index.ts";

/** The visitor's earlier conversations on any site of this deployment, newest first, with how they ended. */
export async function previousConversations(
  db: D1Database,
  visitorId: string | null,
  exceptId: string,
  limit = 5,
): Promise<PreviousConversation[]> {
  if (!visitorId) return [];
  const { results } = await db
    .prepare(
      `SELECT c.id, c.created_at, c.state, c.trigger_reason,
              (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.role = 'visitor' ORDER BY m.seq LIMIT 1) AS first_question
       FROM conversations c WHERE c.visitor_id = ? AND c.id != ? ORDER BY c.created_at DESC LIMIT ?`,
    )
    .bind(visitorId, exceptId, limit)
    .all<{ id: string; created_at: number; state: string; trigger_reason: string | null; first_question: string | null }>();
  return results.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    state: r.state,
    triggerReason: r.trigger_reason,
    firstQuestion: r.first_question ? r.first_question.slice(0, 200) : null,
  }));
}
