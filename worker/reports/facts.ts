import type { FactRow } from "./report-repo.ts";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * One period conversation for the lists behind a figure. What the metrics
 * decide per conversation (escalated, AI-resolved, reopened within 72 h, a
 * repeat contact within 7 days) is decided once, when its facts row is
 * written (migrations/0014_conversation_facts.sql).
 */
export interface Fact extends Omit<FactRow, "escalated" | "ai_resolved" | "reopened" | "repeat_contact"> {
  escalated: boolean;
  aiResolved: boolean;
  reopened: boolean;
  repeat: boolean;
}

export function toFact({ escalated, ai_resolved, reopened, repeat_contact, ...row }: FactRow): Fact {
  return { ...row, escalated: escalated === 1, aiResolved: ai_resolved === 1, reopened: reopened === 1, repeat: repeat_contact === 1 };
}
