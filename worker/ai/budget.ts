import { countAiTurn } from "./ai-usage-repo.ts";
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
  const turns = await countAiTurn(db, site.id, day);
  if (turns > site.settings.ai.dailyTurnBudget) return { ok: false, limit: "daily", notice: NOTICES.aiDailyLimit };
  return { ok: true };
}
