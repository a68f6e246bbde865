import type { Figure, MetricKey, MetricUnit } from "../protocol/index.ts";
import { nearestRank, sampleSize, type Pile } from "./tally.ts";

export interface FigureContext {
  from: number;
  to: number;
  /** Σ capacity of the agents the figures cover (capacity_use's denominator, with the period length). */
  capacity: number;
  /** Conversations escalation_rate is a share of; by default the pile's own (breakdowns by trigger/topic pass the period's total). */
  escalationBase?: number;
}

const UNITS: Record<MetricKey, MetricUnit> = {
  conversations: "count",
  ai_resolved: "count",
  containment_rate: "ratio",
  escalation_rate: "ratio",
  first_human_reply_p50: "ms",
  first_human_reply_p90: "ms",
  queue_wait_p50: "ms",
  queue_wait_p90: "ms",
  ai_time_p50: "ms",
  human_time_p50: "ms",
  resolution_time_p50: "ms",
  reopen_rate: "ratio",
  re_escalation_rate: "ratio",
  repeat_contact_rate: "ratio",
  csat_ai: "score",
  csat_human: "score",
  answers_helpful_rate: "ratio",
  sentiment_before: "sentiment",
  sentiment_at: "sentiment",
  sentiment_after: "sentiment",
  capacity_use: "ratio",
  handoff_not_needed: "ratio",
  handoff_too_late: "ratio",
};

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const mean = (sum: number, n: number) => (n === 0 ? null : sum / n);

/** Every figure of METRICS over a pile of conversations; each definition is spelled out in README.md, "Reports". */
export function computeFigures(pile: Pile, ctx: FigureContext): Figure[] {
  const t = pile.tally;
  const s = pile.samples;
  const capacityMs = ctx.capacity * (ctx.to - ctx.from);
  const escalationBase = ctx.escalationBase ?? t.conversations;
  const replies = sampleSize(s.replies);
  const waits = sampleSize(s.waits);

  const values: Record<MetricKey, [number | null, number]> = {
    conversations: [t.conversations, t.conversations],
    ai_resolved: [t.ai_resolved, t.conversations],
    containment_rate: [share(t.ai_resolved, t.conversations), t.conversations],
    escalation_rate: [share(t.escalated, escalationBase), escalationBase],
    first_human_reply_p50: [nearestRank(s.replies, 0.5), replies],
    first_human_reply_p90: [nearestRank(s.replies, 0.9), replies],
    queue_wait_p50: [nearestRank(s.waits, 0.5), waits],
    queue_wait_p90: [nearestRank(s.waits, 0.9), waits],
    ai_time_p50: [nearestRank(s.ai, 0.5), sampleSize(s.ai)],
    human_time_p50: [nearestRank(s.human, 0.5), sampleSize(s.human)],
    resolution_time_p50: [nearestRank(s.resolution, 0.5), sampleSize(s.resolution)],
    reopen_rate: [share(t.reopened, t.resolved), t.resolved],
    re_escalation_rate: [share(t.re_escalated, t.handed_off), t.handed_off],
    repeat_contact_rate: [share(t.repeats, t.visitors), t.visitors],
    csat_ai: [mean(t.csat_ai_sum, t.csat_ai_n), t.csat_ai_n],
    csat_human: [mean(t.csat_human_sum, t.csat_human_n), t.csat_human_n],
    answers_helpful_rate: [share(t.helpful, t.answers), t.answers],
    sentiment_before: [mean(t.before_sum, t.before_n), t.before_n],
    sentiment_at: [mean(t.at_sum, t.at_n), t.at_n],
    sentiment_after: [mean(t.after_sum, t.after_n), t.after_n],
    capacity_use: [capacityMs === 0 ? null : t.held / capacityMs, t.handed_off],
    handoff_not_needed: [share(t.not_needed, t.handed_off), t.handed_off],
    handoff_too_late: [share(t.too_late, t.handed_off), t.handed_off],
  };
  return (Object.keys(UNITS) as MetricKey[]).map((key) => ({ key, unit: UNITS[key], value: values[key][0], sample: values[key][1] }));
}
