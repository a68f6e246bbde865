import { NOTICES, type Notice } from "../conversation/notices.ts";
import type { Site } from "../sites/site-settings.ts";

export type BudgetVerdict = { ok: true } | { ok: false; limit: "conversation" | "daily"; notice: Notice };

/**
 * Spends one AI turn from the conversation's cap and the site's daily
 * budget, or says which is exhausted. The daily counter is one D1 upsert per
 * turn (the turn itself costs far more), keyed by UTC day.
 */
export async function spendAiTurn(db: D1Database, site: Site, turnsSoFar: number, now = Date.now()): Promise<BudgetVerdict> {
  if (turnsSoFar >= site.settings.ai.maxTurnsPerConversation) {
    return { ok: false, limit: "conversation", notice: NOTICES.aiConversationLimit };
  }
  const day = new Date(now).toISOString().slice(0, 10);
  const row = await db
    .prepare(
      `INSERT INTO ai_usage (site_id, day, turns) VALUES (?, ?, 1)
       ON CONFLICT (site_id, day) DO UPDATE SET turns = turns + 1 RETURNING turns`,
    )
    .bind(site.id, day)
    .first<{ turns: number }>();
  if ((row?.turns ?? 0) > site.settings.ai.dailyTurnBudget) return { ok: false, limit: "daily", notice: NOTICES.aiDailyLimit };
  return { ok: true };
}
