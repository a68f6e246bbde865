import type { FactRow } from "./report-repo.ts";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** A resolution that is undone (reopened, or the visitor back) within this window did not hold. */
export const HOLD_MS = 72 * HOUR;
/** Repeat contact looks back this far for the same visitor and need. */
export const REPEAT_MS = 7 * DAY;

/** One conversation of the period with what the metrics ask of it, decided once. */
export interface Fact extends FactRow {
  escalated: boolean;
  aiResolved: boolean;
  reopened: boolean;
  /** The need it was about: its handoff's topic, else its trigger, else "general". */
  need: string;
  repeat: boolean;
}

/** The query covers [from − 7 d, to + 72 h) so repeats and comebacks at the edges are seen; facts are only [from, to). */
export function queryRange(from: number, to: number): { from: number; to: number } {
  return { from: Math.max(0, from - REPEAT_MS), to: to + HOLD_MS };
}

export function needOf(row: Pick<FactRow, "topic" | "trigger_reason">): string {
  return row.topic ?? row.trigger_reason ?? "general";
}

/** Derives each period conversation's facts; `rows` are ordered by created_at (report-repo.ts does). */
export function deriveFacts(rows: readonly FactRow[], from: number, to: number): Fact[] {
  const byVisitor = new Map<string, FactRow[]>();
  for (const row of rows) {
    if (!row.visitor_id) continue;
    const list = byVisitor.get(row.visitor_id) ?? [];
    list.push(row);
    byVisitor.set(row.visitor_id, list);
  }
  const facts: Fact[] = [];
  for (const row of rows) {
    if (row.created_at < from || row.created_at >= to) continue;
    const mine = row.visitor_id ? (byVisitor.get(row.visitor_id) ?? []) : [];
    const need = needOf(row);
    const escalated = row.handoffs > 0 || row.defers > 0;
    // The visitor came back (a new conversation) within 72 h of this one's last activity.
    const cameBack = mine.some((o) => o.created_at > row.created_at && o.created_at - row.updated_at <= HOLD_MS);
    const reopened = row.first_reopen !== null && row.first_resolve !== null && row.first_reopen - row.first_resolve <= HOLD_MS;
    const repeat = mine.some((o) => o.created_at < row.created_at && row.created_at - o.created_at <= REPEAT_MS && needOf(o) === need);
    facts.push({ ...row, escalated, aiResolved: !escalated && !cameBack, reopened, need, repeat });
  }
  return facts;
}
