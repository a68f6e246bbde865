import type { SeriesPoint } from "../protocol/index.ts";
import type { Grouped } from "./breakdowns.ts";
import { nearestRank } from "./tally.ts";

export const DAY = 86_400_000;
/** Monday 1970-01-05 00:00 UTC: weeks start on Mondays. */
const MONDAY = 4 * DAY;

/** Start of the UTC day or (Monday) week holding `at`. Workspaces have no time zone yet, so buckets are UTC. */
export function bucketStart(at: number, bucket: "day" | "week"): number {
  if (bucket === "day") return Math.floor(at / DAY) * DAY;
  return Math.floor((at - MONDAY) / (7 * DAY)) * 7 * DAY + MONDAY;
}

interface Bucket {
  conversations: number;
  ai_resolved: number;
  handed_off: number;
  csat_sum: number;
  csat_n: number;
  waits: Float64Array[];
}

/** One point per bucket of the period that had conversations, oldest first; groups are per UTC day, so a day lies in one bucket. */
export function series(groups: readonly Grouped[], bucket: "day" | "week"): SeriesPoint[] {
  const buckets = new Map<number, Bucket>();
  for (const { row, pile } of groups) {
    const at = bucketStart(row.day * DAY, bucket);
    let b = buckets.get(at);
    if (!b) buckets.set(at, (b = { conversations: 0, ai_resolved: 0, handed_off: 0, csat_sum: 0, csat_n: 0, waits: [] }));
    b.conversations += pile.tally.conversations;
    b.ai_resolved += pile.tally.ai_resolved;
    b.handed_off += pile.tally.handed_off;
    b.csat_sum += pile.tally.csat_ai_sum + pile.tally.csat_human_sum;
    b.csat_n += pile.tally.csat_ai_n + pile.tally.csat_human_n;
    b.waits.push(...pile.samples.waits);
  }
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([at, b]) => ({
      at,
      conversations: b.conversations,
      ai_resolved: b.ai_resolved,
      handed_off: b.handed_off,
      // Both paths together: the one satisfaction line of the chart.
      csat: b.csat_n === 0 ? null : b.csat_sum / b.csat_n,
      queue_wait_p50: nearestRank(b.waits, 0.5),
    }));
}
