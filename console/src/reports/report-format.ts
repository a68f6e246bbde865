import type { Figure, MetricKey, MetricUnit } from "../../../worker/protocol/index.ts";

/** How each figure is named on the screen (definitions: README, "Reports"). */
export const METRIC_LABELS: Record<MetricKey, string> = {
  conversations: "Conversations",
  ai_resolved: "Resolved by the AI",
  containment_rate: "Containment",
  escalation_rate: "Handed off",
  first_human_reply_p50: "First human reply (p50)",
  first_human_reply_p90: "First human reply (p90)",
  queue_wait_p50: "Queue wait (p50)",
  queue_wait_p90: "Queue wait (p90)",
  ai_time_p50: "Time with the AI (p50)",
  human_time_p50: "Time with an agent (p50)",
  resolution_time_p50: "Time to resolve (p50)",
  reopen_rate: "Reopened",
  re_escalation_rate: "Handed off again",
  repeat_contact_rate: "Came back within 7 days",
  csat_ai: "CSAT, AI only",
  csat_human: "CSAT, with an agent",
  answers_helpful_rate: "Answers marked helpful",
  sentiment_before: "Sentiment before handoff",
  sentiment_at: "Sentiment at handoff",
  sentiment_after: "Sentiment at the end",
  capacity_use: "Agent capacity used",
  handoff_not_needed: "Handoffs not needed",
  handoff_too_late: "Handoffs too late",
};

const counts = new Intl.NumberFormat("en-US");

/** "—" for a figure nothing defined; otherwise as its unit reads ("1,204", "38%", "2m 05s", "4.3", "+0.12"). */
export function formatValue(value: number | null, unit: MetricUnit): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "count":
      return counts.format(Math.round(value));
    case "ratio":
      return `${(value * 100).toFixed(value > 0 && value < 0.1 ? 1 : 0)}%`;
    case "ms":
      return formatDuration(value);
    case "score":
      return value.toFixed(1);
    case "sentiment":
      return `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value).toFixed(2)}`;
  }
}

/** "850 ms", "45s", "3m 05s", "1h 12m", "2d 3h": report durations run from instant AI turns to days-long tickets. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const total = Math.round(ms / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, "0")}m`;
  if (minutes > 0) return `${minutes}m ${String(seconds).padStart(2, "0")}s`;
  return `${seconds}s`;
}

/** A figure's value as shown on its card and in tables. */
export function formatFigure(figure: Figure): string {
  return formatValue(figure.value, figure.unit);
}

/** "of 120": what the figure was computed from, so a 100% of 1 is read as such. */
export function sampleText(figure: Figure): string {
  return figure.sample === 0 ? "no data" : `of ${counts.format(figure.sample)}`;
}

/** The figures a card row shows first, in this order; the rest follow as the server lists them. */
export const HEADLINE: MetricKey[] = ["conversations", "ai_resolved", "containment_rate", "escalation_rate", "queue_wait_p50", "csat_ai", "csat_human"];

export function orderFigures(figures: Figure[]): Figure[] {
  const rank = (key: MetricKey) => {
    const at = HEADLINE.indexOf(key);
    return at === -1 ? HEADLINE.length : at;
  };
  return [...figures].sort((a, b) => rank(a.key) - rank(b.key));
}
