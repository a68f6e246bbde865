import { Hono } from "hono";
import { z } from "zod";
import { ReportConversationsQuery, ReportQuery, ReportTable, type ReportConversation } from "../protocol/index.ts";
import { behind, groupOf, type Fact } from "../reports/behind.ts";
import { reportCsv } from "../reports/report-csv.ts";
import { loadFacts, loadReport, summarize } from "../reports/report.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { requireRole } from "./workspace-scope.ts";

/** A year and a bit: longer periods are exports, not a screen. */
const MAX_PERIOD_MS = 400 * 86_400_000;

const Period = ReportQuery.refine((q) => q.from < q.to, { message: "must be after from", path: ["to"] }).refine((q) => q.to - q.from <= MAX_PERIOD_MS, {
  message: "the period is at most 400 days",
  path: ["to"],
});
const ConversationsQuery = z.intersection(Period, ReportConversationsQuery).refine((q) => !q.group || q.by, { message: "group needs by", path: ["by"] });
const ExportParams = z.object({ table: z.string().transform((t, ctx) => {
  const parsed = ReportTable.safeParse(t.replace(/\.csv$/, ""));
  if (!parsed.success) ctx.addIssue({ code: "custom", message: `one of ${ReportTable.options.join(", ")}, as NAME.csv` });
  return parsed.success ? parsed.data : "figures";
}) });

function listed(facts: readonly Fact[], q: ReportConversationsQuery): { conversations: ReportConversation[]; total: number } {
  const by = q.by;
  const matching = behind(q.metric, facts).filter((f) => !by || !q.group || groupOf(by, f) === q.group);
  const newest = [...matching].sort((a, b) => b.created_at - a.created_at || b.id.localeCompare(a.id)).slice(0, q.limit);
  return {
    total: matching.length,
    conversations: newest.map((f) => ({ id: f.id, siteId: f.site_id, startedAt: f.created_at, status: f.state, triggerReason: f.trigger_reason, agentId: f.agent_id, rating: f.score })),
  };
}

/**
 * Reports (issue 13). Admins and owners only: the figures rate agents against
 * each other, which is management's view (roles.ts: admins manage members).
 */
export const reportRoutes = new Hono<AppEnv>()
  .use("*", requireRole("admin"))
  .get("/summary", validate("query", Period), async (c) => {
    const q = c.req.valid("query");
    return c.json(summarize(await loadReport(c.env.DB, c.get("member").workspaceId, q), q));
  })
  .get("/conversations", validate("query", ConversationsQuery), async (c) => {
    const q = c.req.valid("query");
    return c.json(listed(await loadFacts(c.env.DB, c.get("member").workspaceId, q), q));
  })
  .get("/export/:table", validate("param", ExportParams), validate("query", Period), async (c) => {
    if (!c.req.param("table").endsWith(".csv")) throw apiError(404, "not_found", "exports are NAME.csv");
    const { table } = c.req.valid("param");
    const q = c.req.valid("query");
    const workspaceId = c.get("member").workspaceId;
    const [loaded, facts] = await Promise.all([loadReport(c.env.DB, workspaceId, q), table === "conversations" ? loadFacts(c.env.DB, workspaceId, q) : Promise.resolve([])]);
    const body = reportCsv(table, summarize(loaded, q), listed(facts, { metric: "conversations", limit: 500 }).conversations);
    return c.body(body, 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${table}.csv"` });
  });
