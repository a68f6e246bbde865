/**
 * The per-site, per-UTC-day count of AI turns (table ai_usage): one upsert
 * per turn, which returns the count including this turn.
 */
export async function countAiTurn(db: D1Database, siteId: string, day: string): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO ai_usage (site_id, day, turns) VALUES (?, ?, 1)
       ON CONFLICT (site_id, day) DO UPDATE SET turns = turns + 1 RETURNING turns`,
    )
    .bind(siteId, day)
    .first<{ turns: number }>();
  return row?.turns ?? 0;
}
