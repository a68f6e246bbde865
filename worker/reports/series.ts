import type { SeriesPoint } from "../protocol/index.ts";
import { DAY } from "./facts.ts";
import type { Fact } from "./facts.ts";
import { percentile } from "./durations.ts";
import { queueWaits, type FigureContext } from "./figures.ts";

/** Monday 1970-01-05 00:00 UTC: weeks start on Mondays. */
const MONDAY = 4 * DAY;

/** Start of the UTC day or (Monday) week holding `at`. Workspaces have no time zone yet, so buckets are UTC. */
export function bucketStart(at: number, bucket: "day" | "week"): number {
  if (bucket === "day") return Math.floor(at / DAY) * DAY;
  return Math.floor((at - MONDAY) / (7 * DAY)) * 7 * DAY + MONDAY;
}

/** One point per bucket of the period that had conversations, oldest first. */
export function series(facts: readonly Fact[], ctx: FigureContext, bucket: "day" | "week"): SeriesPoint[] {
  const buckets = new Map<number, Fact[]>();
  for (const f of facts) {
    const at = bucketStart(f.created_at, bucket);
    const list = buckets.get(at) ?? [];
    list.push(f);
    buckets.set(at, list);
  }
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([at, members]) => {
      const csat = members.filter((f) => f.score !== null);
      return {
        at,
        conversations: members.length,
        ai_resolved: members.filter((f) => f.aiResolved).length,
        handed_off: members.filter((f) => f.handoffs > 0).length,
        // Both paths together: the one satisfaction line of the chart.
        csat: csat.length === 0 ? null : csat.reduce((a, f) => a + (f.score ?? 0), 0) / csat.length,
        queue_wait_p50: percentile(queueWaits(members, ctx), 0.5),
      };
    });
}
