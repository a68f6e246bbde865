import type { BusinessHours } from "../routing/business-hours.ts";
import { openMs } from "./durations.ts";
import type { GroupRow } from "./report-repo.ts";

/** What a set of conversations adds up to; every field is a count or a sum, so sets merge by addition. */
export interface Tally {
  conversations: number;
  ai_resolved: number;
  escalated: number;
  handed_off: number;
  re_escalated: number;
  resolved: number;
  reopened: number;
  visitors: number;
  repeats: number;
  csat_ai_sum: number;
  csat_ai_n: number;
  csat_human_sum: number;
  csat_human_n: number;
  csat_sum: number;
  csat_n: number;
  helpful: number;
  answers: number;
  before_sum: number;
  before_n: number;
  at_sum: number;
  at_n: number;
  after_sum: number;
  after_n: number;
  /** ms agents held the conversations inside the period. */
  held: number;
  not_needed: number;
  too_late: number;
}

const TALLY_KEYS = [
  "conversations", "ai_resolved", "escalated", "handed_off", "re_escalated", "resolved", "reopened", "visitors", "repeats",
  "csat_ai_sum", "csat_ai_n", "csat_human_sum", "csat_human_n", "csat_sum", "csat_n", "helpful", "answers",
  "before_sum", "before_n", "at_sum", "at_n", "after_sum", "after_n", "held", "not_needed", "too_late",
] as const satisfies readonly (keyof Tally)[];

/** The durations percentiles are taken over, in ms. */
export interface Samples {
  replies: number[];
  waits: number[];
  ai: number[];
  human: number[];
  resolution: number[];
}

/** A set of conversations as the figures need it. */
export interface Pile {
  tally: Tally;
  samples: Samples;
}

export function emptyPile(): Pile {
  const tally = Object.fromEntries(TALLY_KEYS.map((k) => [k, 0])) as unknown as Tally;
  return { tally, samples: { replies: [], waits: [], ai: [], human: [], resolution: [] } };
}

/** Adds `from` into `into` (arrays are appended, not copied per merge). */
export function addPile(into: Pile, from: Pile): void {
  for (const k of TALLY_KEYS) into.tally[k] += from.tally[k];
  for (const k of ["replies", "waits", "ai", "human", "resolution"] as const) {
    const target = into.samples[k];
    for (const v of from.samples[k]) target.push(v);
  }
}

const numbers = (list: string | null): number[] => (list ? list.split(",").map(Number) : []);

/** "start:end" pairs as durations: inside the site's hours when asked (`hours` given), else end − start, never below 0. */
function spans(list: string | null, hours: BusinessHours | null | undefined): number[] {
  if (!list) return [];
  return list.split(",").map((pair) => {
    const colon = pair.indexOf(":");
    const start = Number(pair.slice(0, colon));
    const end = Number(pair.slice(colon + 1));
    return hours === undefined ? Math.max(0, end - start) : openMs(hours, start, end);
  });
}

/** One row of factGroups as a pile; `hours` is the row's site's hours when waits count inside them (null: a site without hours). */
export function pileOf(row: GroupRow, hours: BusinessHours | null | undefined): Pile {
  const tally = Object.fromEntries(TALLY_KEYS.map((k) => [k, Number(row[k] ?? 0)])) as unknown as Tally;
  return {
    tally,
    samples: {
      replies: spans(row.replies, hours),
      waits: spans(row.waits, hours),
      ai: numbers(row.ai_times),
      human: numbers(row.human_times),
      resolution: numbers(row.resolutions),
    },
  };
}
