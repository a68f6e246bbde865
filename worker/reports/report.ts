import type { ReportQuery, ReportSummary } from "../protocol/index.ts";
import type { BusinessHours } from "../routing/business-hours.ts";
import { listSites } from "../sites/site-repo.ts";
import { breakdowns, type Grouped } from "./breakdowns.ts";
import { toFact, type Fact } from "./behind.ts";
import { computeFigures, type FigureContext } from "./figures.ts";
import { factGroups, memberCapacities, periodFacts, reportLabels } from "./report-repo.ts";
import { series } from "./series.ts";
import { addPile, emptyPile, pileOf } from "./tally.ts";

/** What the summary is computed from: the period's conversations folded per breakdown combination and day. */
export interface Loaded {
  groups: Grouped[];
  ctx: FigureContext;
  labels: Map<string, string>;
  capacities: Map<string, number>;
}

export async function loadReport(db: D1Database, workspaceId: string, q: ReportQuery): Promise<Loaded> {
  const [rows, labels, capacities, hours] = await Promise.all([
    factGroups(db, workspaceId, q, q.businessHours === "1"),
    reportLabels(db, workspaceId),
    memberCapacities(db, workspaceId),
    q.businessHours === "1" ? siteHours(db, workspaceId) : Promise.resolve(null),
  ]);
  // Capacity of the agents the report covers: one agent's when filtered to them, else every active member's.
  const capacity = q.agentId ? (capacities.get(q.agentId) ?? 0) : [...capacities.values()].reduce((a, b) => a + b, 0);
  const groups = rows.map((row) => ({ row, pile: pileOf(row, hours ? (hours.get(row.site_id) ?? null) : undefined) }));
  return { groups, ctx: { from: q.from, to: q.to, capacity }, labels, capacities };
}

/** The period's conversations one by one, for the lists behind a figure. */
export async function loadFacts(db: D1Database, workspaceId: string, q: ReportQuery): Promise<Fact[]> {
  return (await periodFacts(db, workspaceId, q)).map(toFact);
}

async function siteHours(db: D1Database, workspaceId: string): Promise<Map<string, BusinessHours | null>> {
  const sites = await listSites(db, workspaceId);
  return new Map(sites.map((s) => [s.id, s.settings.routing.hours]));
}

export function summarize(loaded: Loaded, q: ReportQuery): ReportSummary {
  const all = emptyPile();
  for (const g of loaded.groups) addPile(all, g.pile);
  return {
    from: q.from,
    to: q.to,
    figures: computeFigures(all, loaded.ctx),
    series: series(loaded.groups, q.bucket),
    breakdowns: breakdowns(loaded.groups, all.tally.conversations, loaded.ctx, loaded.labels, loaded.capacities),
  };
}
