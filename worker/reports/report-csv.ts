import { stringify } from "csv-stringify/sync";
import { METRICS, type BreakdownBy, type ReportConversation, type ReportSummary, type ReportTable } from "../protocol/index.ts";

type Cell = string | number | null;

/** A cell a spreadsheet will not run: text starting with = + - @ gets a leading quote. */
function safe(cell: Cell): Cell {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows.map((r) => r.map(safe))], { cast: { number: (n) => String(n) } });
}

/** One table of the reports screen as CSV, columns as the screen shows them. */
export function reportCsv(table: ReportTable, summary: ReportSummary, conversations: readonly ReportConversation[]): string {
  switch (table) {
    case "figures":
      return csv(["metric", "unit", "value", "sample"], summary.figures.map((f) => [f.key, f.unit, f.value, f.sample]));
    case "series":
      return csv(
        ["at", "conversations", "ai_resolved", "handed_off", "csat", "queue_wait_p50"],
        summary.series.map((p) => [new Date(p.at).toISOString(), p.conversations, p.ai_resolved, p.handed_off, p.csat, p.queue_wait_p50]),
      );
    case "conversations":
      return csv(
        ["id", "site_id", "started_at", "status", "trigger_reason", "agent_id", "rating"],
        conversations.map((c) => [c.id, c.siteId, new Date(c.startedAt).toISOString(), c.status, c.triggerReason, c.agentId, c.rating]),
      );
    default:
      return breakdownCsv(table, summary);
  }
}

function breakdownCsv(by: BreakdownBy, summary: ReportSummary): string {
  const rows = summary.breakdowns.find((b) => b.by === by)?.rows ?? [];
  return csv(
    [by, "label", "conversations", ...METRICS],
    rows.map((r) => {
      const values = new Map(r.figures.map((f) => [f.key, f.value]));
      return [r.id, r.label, r.conversations, ...METRICS.map((m) => values.get(m) ?? null)];
    }),
  );
}
