import { readAiUsage } from "./ai-usage-repo.ts";
import { NOTICES, type Notice } from "../conversation/notices.ts";
import type { Site } from "../sites/site-settings.ts";

export type BudgetVerdict = { ok: true } | { ok: false; limit: "conversation" | "daily"; notice: Notice };

/**
 * How old this isolate's view of a site's daily count may be before a turn
 * reads it from D1. Each transcript batch that carries AI answers refreshes
 * it for free, so a conversation in AI mode rarely needs the read.
 */
export const USAGE_FRESH_MS = 60_000;

/** The site's AI answers today as last seen from D1, plus the turns this isolate started since. */
const known = new Map<string, { turns: number; at: number }>();

export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
const key = (siteId: string, day: string) => `${siteId}\u0000${day}`;

/**
 * Spends one AI turn from the conversation's cap and the site's daily
 * budget, or says which is exhausted. No D1 write: the answer is counted
 * when the transcript batch copies it (ai-usage-repo.ts). The daily check
 * uses the last count seen, so conversations whose answers are not yet
 * flushed can overshoot the budget (bound in bench/README.md "D1 per message").
 */
export async function spendAiTurn(db: D1Database, site: Site, turnsSoFar: number, now = Date.now()): Promise<BudgetVerdict> {
  if (turnsSoFar >= site.settings.ai.maxTurnsPerConversation) {
    return { ok: false, limit: "conversation", notice: NOTICES.aiConversationLimit };
  }
  const day = utcDay(now);
  let seen = known.get(key(site.id, day));
  if (!seen || now - seen.at >= USAGE_FRESH_MS) {
    seen = { turns: await readAiUsage(db, site.id, day), at: now };
    remember(site.id, day, seen);
  }
  if (seen.turns >= site.settings.ai.dailyTurnBudget) return { ok: false, limit: "daily", notice: NOTICES.aiDailyLimit };
  // Counted here at once, so other conversations in this isolate see it before the batch goes.
  seen.turns += 1;
  return { ok: true };
}

/** A transcript batch read the site's count back from D1: the freshest value there is. */
export function usageSeen(siteId: string, day: string, turns: number, now = Date.now()): void {
  remember(siteId, day, { turns, at: now });
}

/** Bounded: yesterday's and long-gone sites' counts are dropped together now and then. */
function remember(siteId: string, day: string, seen: { turns: number; at: number }): void {
  if (known.size >= 10_000) known.clear();
  known.set(key(siteId, day), seen);
}
