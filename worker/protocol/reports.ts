import { z } from "zod";

/**
 * The reports API's shapes (issue 13), shared by the worker's report routes
 * and the console's Reports tab. Every figure's exact definition lives in the
 * README's "Reports" section, keyed by the same names as METRICS.
 */
export const METRICS = [
  "conversations",
  "ai_resolved",
  "containment_rate",
  "escalation_rate",
  "first_human_reply_p50",
  "first_human_reply_p90",
  "queue_wait_p50",
  "queue_wait_p90",
  "ai_time_p50",
  "human_time_p50",
  "resolution_time_p50",
  "reopen_rate",
  "re_escalation_rate",
  "repeat_contact_rate",
  "csat_ai",
  "csat_human",
  "answers_helpful_rate",
  "sentiment_before",
  "sentiment_at",
  "sentiment_after",
  "capacity_use",
  "handoff_not_needed",
  "handoff_too_late",
] as const;
export const MetricKey = z.enum(METRICS);
export type MetricKey = z.infer<typeof MetricKey>;

/** How a figure reads: a count, a 0..1 share, a duration in ms, a 1..5 score, a -1..1 sentiment. */
export const MetricUnit = z.enum(["count", "ratio", "ms", "score", "sentiment"]);
export type MetricUnit = z.infer<typeof MetricUnit>;

/** One figure; `value` is null when nothing in the period defines it (no ratings, no handoffs). */
export const Figure = z.object({
  key: MetricKey,
  unit: MetricUnit,
  value: z.number().nullable(),
  /** How many items the figure was computed from (its denominator or sample size). */
  sample: z.number().int().nonnegative(),
});
export type Figure = z.infer<typeof Figure>;

/** The dimensions a breakdown splits by. */
export const BreakdownBy = z.enum(["trigger", "topic", "site", "team", "agent"]);
export type BreakdownBy = z.infer<typeof BreakdownBy>;

export const BreakdownRow = z.object({
  /** The trigger reason, topic, site id, team id or agent id ("none" for conversations without one). */
  id: z.string(),
  label: z.string(),
  conversations: z.number().int().nonnegative(),
  figures: z.array(Figure),
});
export type BreakdownRow = z.infer<typeof BreakdownRow>;

export const Breakdown = z.object({ by: BreakdownBy, rows: z.array(BreakdownRow) });
export type Breakdown = z.infer<typeof Breakdown>;

/** One bucket of the time series (start of the day or week, epoch ms, in the workspace's time zone). */
export const SeriesPoint = z.object({
  at: z.number().int(),
  conversations: z.number().int().nonnegative(),
  ai_resolved: z.number().int().nonnegative(),
  handed_off: z.number().int().nonnegative(),
  csat: z.number().nullable(),
  queue_wait_p50: z.number().nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** Query of every report route: a period [from, to) and optional filters. */
export const ReportQuery = z.object({
  from: z.coerce.number().int().nonnegative(),
  to: z.coerce.number().int().positive(),
  siteId: z.string().min(1).optional(),
  teamId: z.string().min(1).optional(),
  agentId: z.string().min(1).optional(),
  /** Count waits and reply times only inside the site's business hours. */
  businessHours: z.enum(["0", "1"]).optional(),
  bucket: z.enum(["day", "week"]).default("day"),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

/** GET /workspaces/:workspaceId/reports/summary */
export const ReportSummary = z.object({
  from: z.number().int(),
  to: z.number().int(),
  figures: z.array(Figure),
  series: z.array(SeriesPoint),
  breakdowns: z.array(Breakdown),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

/**
 * GET /workspaces/:workspaceId/reports/conversations?metric=…&group=… (+ ReportQuery):
 * the conversations behind one figure (or one breakdown row, `group` = its id), newest first.
 */
export const ReportConversation = z.object({
  id: z.string(),
  siteId: z.string(),
  startedAt: z.number().int(),
  status: z.string(),
  triggerReason: z.string().nullable(),
  agentId: z.string().nullable(),
  rating: z.number().int().nullable(),
});
/**
 * The conversations route's own parameters, on top of ReportQuery: `group` is
 * a breakdown row's id and `by` says which breakdown it belongs to.
 */
export const ReportConversationsQuery = z.object({
  metric: MetricKey.default("conversations"),
  by: BreakdownBy.optional(),
  group: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ReportConversationsQuery = z.infer<typeof ReportConversationsQuery>;
export type ReportConversation = z.infer<typeof ReportConversation>;
export const ReportConversations = z.object({ conversations: z.array(ReportConversation), total: z.number().int() });
export type ReportConversations = z.infer<typeof ReportConversations>;

/** GET /workspaces/:workspaceId/reports/export/:table.csv — one CSV per table of the screen. */
export const REPORT_TABLES = ["figures", "series", "trigger", "topic", "site", "team", "agent", "conversations"] as const;
export const ReportTable = z.enum(REPORT_TABLES);
export type ReportTable = z.infer<typeof ReportTable>;
