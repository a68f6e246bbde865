import type { ReportQuery, ReportSummary } from "../protocol/index.ts";
import type { BusinessHours } from "../routing/business-hours.ts";
import { listSites } from "../sites/site-repo.ts";
import { breakdowns } from "./breakdowns.ts";
import { deriveFacts, queryRange, type Fact } from "./facts.ts";
import { computeFigures, type FigureContext } from "./figures.ts";
import { conversationFacts, memberCapacities, reportLabels } from "./report-repo.ts";
import { series } from "./series.ts";

/** What every report route starts from: the period's facts and how to count them. */
export interface Loaded {
  facts: Fact[];
  ctx: FigureContext;
  labels: Map<string, string>;
  capacities: Map<string, number>;
}

export async function loadReport(db: D1Database, workspaceId: string, q: ReportQuery): Promise<Loaded> {
  const [rows, labels, capacities, hours] = await Promise.all([
    conversationFacts(db, workspaceId, queryRange(q.from, q.to), q),
    reportLabels(db, workspaceId),
    memberCapacities(db, workspaceId),
    q.businessHours === "1" ? siteHours(db, workspaceId) : Promise.resolve(null),
  ]);
  // Capacity of the agents the report covers: one agent's when filtered to them, else every active member's.
  const capacity = q.agentId ? (capacities.get(q.agentId) ?? 0) : [...capacities.values()].reduce((a, b) => a + b, 0);
  return { facts: deriveFacts(rows, q.from, q.to), ctx: { from: q.from, to: q.to, hours, capacity }, labels, capacities };
}

async function siteHours(db: D1Database, workspaceId: string): Promise<Map<string, BusinessHours | null>> {
  const sites = await listSites(db, workspaceId);
  return new Map(sites.map((s) => [s.id, s.settings.routing.hours]));
}

export function summarize(loaded: Loaded, q: ReportQuery): ReportSummary {
  return {
    from: q.from,
    to: q.to,
    figures: computeFigures(loaded.facts, loaded.ctx),
    series: series(loaded.facts, loaded.ctx, q.bucket),
    breakdowns: breakdowns(loaded.facts, loaded.ctx, loaded.labels, loaded.capacities),
  };
}
