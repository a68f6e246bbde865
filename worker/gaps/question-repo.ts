import type { QuestionRef } from "../protocol/index.ts";

/** A visitor message from D1's transcripts, with what followed it. */
export interface AskedQuestion {
  conversationId: string;
  seq: number;
  text: string;
  at: number;
  /** The AiMeta JSON of the AI answer that came next, or null (an agent answered, or nobody did). */
  answerAi: string | null;
  /** When the conversation was first handed to a person, or null. */
  handoffAt: number | null;
}

type Row = { conversation_id: string; seq: number; text: string; created_at: number; answer_ai: string | null; handoff_at: number | null };

/** How many conversations one look at a site reads at the most: months of a small shop's chats. */
export const MAX_CONVERSATIONS = 3000;

/**
 * The visitor messages of a site's conversations started in [from, to)
 * (the newest MAX_CONVERSATIONS of them), oldest first: the transcripts the ConversationDO syncs to D1 (messages),
 * the AI's own confidence (messages.ai) and the handoff events
 * (conversation_events). Walks conversations_site_created, then each
 * conversation's messages and events by their primary keys.
 */
export async function siteQuestions(db: D1Database, siteId: string, range: { from: number; to: number }): Promise<AskedQuestion[]> {
  const { results } = await db
    .prepare(
      `SELECT m.conversation_id, m.seq, m.text, m.created_at,
         (SELECT a.ai FROM messages a WHERE a.conversation_id = m.conversation_id AND a.seq > m.seq AND a.role IN ('ai', 'agent')
          ORDER BY a.seq LIMIT 1) AS answer_ai,
         (SELECT min(e.at) FROM conversation_events e WHERE e.conversation_id = c.id AND e.kind = 'handoff') AS handoff_at
       FROM (SELECT id FROM conversations WHERE site_id = ? AND created_at >= ? AND created_at < ? ORDER BY created_at DESC LIMIT ?) c
       JOIN messages m ON m.conversation_id = c.id AND m.role = 'visitor'
       ORDER BY m.created_at, m.conversation_id, m.seq`,
    )
    .bind(siteId, range.from, range.to, MAX_CONVERSATIONS)
    .all<Row>();
  return results.map((r) => ({ conversationId: r.conversation_id, seq: r.seq, text: r.text, at: r.created_at, answerAi: r.answer_ai, handoffAt: r.handoff_at }));
}

/** The given visitor messages, when they are of this site's conversations (others are left out). */
export async function questionsByRef(db: D1Database, siteId: string, refs: QuestionRef[]): Promise<AskedQuestion[]> {
  const out: AskedQuestion[] = [];
  for (let i = 0; i < refs.length; i += 50) {
    const page = refs.slice(i, i + 50);
    const { results } = await db
      .prepare(
        `SELECT m.conversation_id, m.seq, m.text, m.created_at, NULL AS answer_ai,
           (SELECT min(e.at) FROM conversation_events e WHERE e.conversation_id = c.id AND e.kind = 'handoff') AS handoff_at
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE c.site_id = ? AND m.role = 'visitor' AND (m.conversation_id, m.seq) IN (VALUES ${page.map(() => "(?, ?)").join(", ")})
         ORDER BY m.created_at`,
      )
      .bind(siteId, ...page.flatMap((r) => [r.conversationId, r.seq]))
      .all<Row>();
    for (const r of results) out.push({ conversationId: r.conversation_id, seq: r.seq, text: r.text, at: r.created_at, answerAi: null, handoffAt: r.handoff_at });
  }
  return out;
}

/** What agents wrote in these conversations (not private notes), in order, per conversation. */
export async function agentReplies(db: D1Database, conversationIds: string[]): Promise<Map<string, { text: string; at: number }[]>> {
  const replies = new Map<string, { text: string; at: number }[]>();
  const ids = [...new Set(conversationIds)];
  for (let i = 0; i < ids.length; i += 90) {
    const page = ids.slice(i, i + 90);
    const { results } = await db
      .prepare(
        `SELECT conversation_id, text, created_at FROM messages
         WHERE conversation_id IN (${page.map(() => "?").join(", ")}) AND role = 'agent' ORDER BY conversation_id, seq`,
      )
      .bind(...page)
      .all<{ conversation_id: string; text: string; created_at: number }>();
    for (const r of results) replies.set(r.conversation_id, [...(replies.get(r.conversation_id) ?? []), { text: r.text, at: r.created_at }]);
  }
  return replies;
}
