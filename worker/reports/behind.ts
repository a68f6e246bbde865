import type { BreakdownBy, MetricKey } from "../protocol/index.ts";
import type { FactRow } from "./report-repo.ts";

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

/**
 * Which conversations are behind a figure: the ones its value counts (for a
 * rate, the numerator's), so "show me" from the console lists exactly those.
 */
const BEHIND: Record<MetricKey, (f: Fact) => boolean> = {
  conversations: () => true,
  ai_resolved: (f) => f.aiResolved,
  containment_rate: (f) => f.aiResolved,
  escalation_rate: (f) => f.escalated,
  first_human_reply_p50: (f) => f.first_reply !== null && f.handoffs > 0,
  first_human_reply_p90: (f) => f.first_reply !== null && f.handoffs > 0,
  queue_wait_p50: (f) => f.first_claim !== null && f.handoffs > 0,
  queue_wait_p90: (f) => f.first_claim !== null && f.handoffs > 0,
  ai_time_p50: () => true,
  human_time_p50: (f) => f.first_claim !== null && f.last_resolve !== null,
  resolution_time_p50: (f) => f.first_resolve !== null,
  reopen_rate: (f) => f.reopened,
  re_escalation_rate: (f) => f.handoffs > 1,
  repeat_contact_rate: (f) => f.repeat,
  csat_ai: (f) => f.path === "ai" && f.score !== null,
  csat_human: (f) => f.path === "human" && f.score !== null,
  answers_helpful_rate: (f) => (f.answers ?? 0) > 0,
  sentiment_before: (f) => f.handoffs > 0 && f.sentiment_before !== null,
  sentiment_at: (f) => f.handoffs > 0 && f.sentiment_at !== null,
  sentiment_after: (f) => f.handoffs > 0 && f.sentiment_after !== null,
  capacity_use: (f) => f.first_claim !== null,
  handoff_not_needed: (f) => f.verdict === "not_needed",
  handoff_too_late: (f) => f.verdict === "too_late",
};

export function behind(metric: MetricKey, facts: readonly Fact[]): Fact[] {
  return facts.filter(BEHIND[metric]);
}

/** The breakdown row a conversation falls in ("none" when it has no such thing). */
export function groupOf(by: BreakdownBy, f: Pick<FactRow, "trigger_reason" | "topic" | "site_id" | "team_id" | "agent_id">): string {
  switch (by) {
    case "trigger":
      return f.trigger_reason ?? "none";
    case "topic":
      return f.topic ?? "none";
    case "site":
      return f.site_id;
    case "team":
      return f.team_id ?? "none";
    case "agent":
      return f.agent_id ?? "none";
  }
}
