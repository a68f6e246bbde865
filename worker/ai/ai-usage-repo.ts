/**
 * The per-site, per-UTC-day count of AI answers (table ai_usage). It is not
 * written per turn: each conversation's answers are added by the transcript
 * sync batch that copies them to D1 (worker/conversation/transcript-sync.ts),
 * and read back in the same batch.
 */

/** The site's count for `day` as D1 has it now (answers still waiting in conversations' batches are not in it). */
export async function readAiUsage(db: D1Database, siteId: string, day: string): Promise<number> {
  const row = await db.prepare("SELECT turns FROM ai_usage WHERE site_id = ? AND day = ?").bind(siteId, day).first<{ turns: number }>();
  return row?.turns ?? 0;
}

/**
 * Adds the AI answers `seqs` of a conversation to the site's day, counting
 * only those D1 does not have yet: placed in the batch before the messages'
 * own inserts, a batch replayed after a lost reply adds nothing twice.
 */
export function addAiUsage(db: D1Database, conversationId: string, siteId: string, day: string, seqs: readonly number[]): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO ai_usage (site_id, day, turns)
       SELECT ?, ?, ? - (SELECT count(*) FROM messages WHERE conversation_id = ? AND seq IN (${seqs.map(() => "?").join(", ")}))
       WHERE true
       ON CONFLICT (site_id, day) DO UPDATE SET turns = turns + excluded.turns`,
    )
    .bind(siteId, day, seqs.length, conversationId, ...seqs);
}

/** The site's count for `day`, read at the end of the same batch (no extra round trip). */
export function readAiUsageStatement(db: D1Database, siteId: string, day: string): D1PreparedStatement {
  return db.prepare("SELECT turns FROM ai_usage WHERE site_id = ? AND day = ?").bind(siteId, day);
}
