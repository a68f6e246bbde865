import type { BreakdownBy, MetricKey, ReportTable } from "../../../worker/protocol/index.ts";

/** What the filters on the Reports screen hold; dates are the inputs' "YYYY-MM-DD", in the browser's time zone. */
export interface ReportFilters {
  fromDate: string;
  /** Inclusive: the period runs to the end of this day. */
  toDate: string;
  siteId: string;
  teamId: string;
  agentId: string;
  businessHours: boolean;
  bucket: "day" | "week";
}

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of a moment, in local time (what a date input shows). */
export function dateInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local midnight starting that day, or null when the text is not a real date. */
export function startOfDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(year, month - 1, day);
  // new Date rolls 2026-02-31 over into March: such a text is no date.
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day) return null;
  return at.getTime();
}

/** The last four weeks up to and including today, by day. */
export function defaultFilters(now = Date.now()): ReportFilters {
  return { fromDate: dateInput(now - 27 * DAY_MS), toDate: dateInput(now), siteId: "", teamId: "", agentId: "", businessHours: false, bucket: "day" };
}

/**
 * The ReportQuery of every report route as a query string: the period [from, to) in epoch ms (to = the
 * midnight after the last day), then only the filters that are set. Null when the dates are not a period.
 */
export function reportQuery(filters: ReportFilters): URLSearchParams | null {
  const from = startOfDate(filters.fromDate);
  const lastDay = startOfDate(filters.toDate);
  if (from === null || lastDay === null) return null;
  // The next local midnight, not +24 h: a day with a clock change is 23 or 25 hours long.
  const end = new Date(lastDay);
  const to = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).getTime();
  if (to <= from) return null;
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  if (filters.siteId) query.set("siteId", filters.siteId);
  if (filters.teamId) query.set("teamId", filters.teamId);
  if (filters.agentId) query.set("agentId", filters.agentId);
  if (filters.businessHours) query.set("businessHours", "1");
  query.set("bucket", filters.bucket);
  return query;
}

/** What a click asked to see: the conversations behind one figure, or behind one row of a breakdown. */
export interface DrillTarget {
  metric: MetricKey;
  /** The breakdown row's id, with the breakdown it belongs to. */
  group?: { by: BreakdownBy; id: string };
}

/** The query of /reports/conversations: the report's, plus the figure and the row. */
export function drillQuery(base: URLSearchParams, target: DrillTarget): URLSearchParams {
  const query = new URLSearchParams(base);
  query.set("metric", target.metric);
  if (target.group) {
    query.set("group", target.group.id);
    // Not in the contract's ReportQuery (zod drops unknown keys); tells a server which breakdown the id is from.
    query.set("by", target.group.by);
  }
  return query;
}

/** Path (after the workspace) of one table's CSV with the screen's filters. */
export function exportPath(table: ReportTable, base: URLSearchParams): string {
  return `/reports/export/${table}.csv?${base}`;
}
