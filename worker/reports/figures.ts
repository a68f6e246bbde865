import type { Figure, MetricKey, MetricUnit } from "../protocol/index.ts";
import type { BusinessHours } from "../routing/business-hours.ts";
import { mean, openMs, percentile } from "./durations.ts";
import type { Fact } from "./facts.ts";

export interface FigureContext {
  from: number;
  to: number;
  /** Per site, the hours waits are counted in; absent when businessHours is off. */
  hours: Map<string, BusinessHours | null> | null;
  /** Σ capacity of the agents the figures cover (capacity_use's denominator, with the period length). */
  capacity: number;
  /** Conversations escalation_rate is a share of; by default the facts themselves (breakdowns by trigger/topic pass the period's total). */
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
const nums = (values: readonly (number | null)[]) => values.filter((v): v is number => v !== null);

/** Time between two moments of a conversation, inside its site's hours when asked to. */
function span(ctx: FigureContext, f: Fact, start: number | null, end: number | null): number | null {
  if (start === null || end === null) return null;
  return ctx.hours ? openMs(ctx.hours.get(f.site_id) ?? null, start, end) : Math.max(0, end - start);
}

/** Time agents held the conversation inside the period (claim → last resolve, or → period end while still held). */
export function heldMs(f: Fact, from: number, to: number): number {
  if (f.first_claim === null) return 0;
  const end = f.last_resolve ?? (f.state === "assigned" ? to : f.first_claim);
  return Math.max(0, Math.min(end, to) - Math.max(f.first_claim, from));
}

/** Queue waits (first handoff → first claim) of the handed-off conversations, inside hours when asked. */
export function queueWaits(facts: readonly Fact[], ctx: FigureContext): number[] {
  return nums(facts.filter((f) => f.handoffs > 0).map((f) => span(ctx, f, f.first_handoff, f.first_claim)));
}

/** Every figure of METRICS over `facts`; each definition is spelled out in README.md, "Reports". */
export function computeFigures(facts: readonly Fact[], ctx: FigureContext): Figure[] {
  const escalated = facts.filter((f) => f.escalated);
  const handedOff = facts.filter((f) => f.handoffs > 0);
  const resolvedByHuman = facts.filter((f) => f.first_resolve !== null);
  const rated = (path: "ai" | "human") => nums(facts.filter((f) => f.path === path).map((f) => f.score));
  const replies = nums(handedOff.map((f) => span(ctx, f, f.first_handoff, f.first_reply)));
  const waits = queueWaits(facts, ctx);
  const aiTimes = facts.map((f) => Math.max(0, (f.first_handoff ?? f.updated_at) - f.created_at));
  const humanTimes = nums(facts.map((f) => (f.first_claim !== null && f.last_resolve !== null ? Math.max(0, f.last_resolve - f.first_claim) : null)));
  const resolutions = nums(resolvedByHuman.map((f) => (f.last_resolve === null ? null : f.last_resolve - f.created_at)));
  const helpful = facts.reduce((a, f) => a + (f.helpful ?? 0), 0);
  const answers = facts.reduce((a, f) => a + (f.answers ?? 0), 0);
  const visitors = facts.filter((f) => f.visitor_id !== null);
  const before = nums(handedOff.map((f) => f.sentiment_before));
  const at = nums(handedOff.map((f) => f.sentiment_at));
  const after = nums(handedOff.map((f) => f.sentiment_after));
  const capacityMs = ctx.capacity * (ctx.to - ctx.from);
  const held = facts.reduce((a, f) => a + heldMs(f, ctx.from, ctx.to), 0);
  const aiResolved = facts.filter((f) => f.aiResolved).length;
  const escalationBase = ctx.escalationBase ?? facts.length;

  const values: Record<MetricKey, [number | null, number]> = {
    conversations: [facts.length, facts.length],
    ai_resolved: [aiResolved, facts.length],
    containment_rate: [share(aiResolved, facts.length), facts.length],
    escalation_rate: [share(escalated.length, escalationBase), escalationBase],
    first_human_reply_p50: [percentile(replies, 0.5), replies.length],
    first_human_reply_p90: [percentile(replies, 0.9), replies.length],
    queue_wait_p50: [percentile(waits, 0.5), waits.length],
    queue_wait_p90: [percentile(waits, 0.9), waits.length],
    ai_time_p50: [percentile(aiTimes, 0.5), aiTimes.length],
    human_time_p50: [percentile(humanTimes, 0.5), humanTimes.length],
    resolution_time_p50: [percentile(resolutions, 0.5), resolutions.length],
    reopen_rate: [share(resolvedByHuman.filter((f) => f.reopened).length, resolvedByHuman.length), resolvedByHuman.length],
    re_escalation_rate: [share(handedOff.filter((f) => f.handoffs > 1).length, handedOff.length), handedOff.length],
    repeat_contact_rate: [share(visitors.filter((f) => f.repeat).length, visitors.length), visitors.length],
    csat_ai: [mean(rated("ai")), rated("ai").length],
    csat_human: [mean(rated("human")), rated("human").length],
    answers_helpful_rate: [share(helpful, answers), answers],
    sentiment_before: [mean(before), before.length],
    sentiment_at: [mean(at), at.length],
    sentiment_after: [mean(after), after.length],
    capacity_use: [capacityMs === 0 ? null : held / capacityMs, handedOff.length],
    handoff_not_needed: [share(handedOff.filter((f) => f.verdict === "not_needed").length, handedOff.length), handedOff.length],
    handoff_too_late: [share(handedOff.filter((f) => f.verdict === "too_late").length, handedOff.length), handedOff.length],
  };
  return (Object.keys(UNITS) as MetricKey[]).map((key) => ({ key, unit: UNITS[key], value: values[key][0], sample: values[key][1] }));
}
