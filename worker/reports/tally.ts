import { isOpen, type BusinessHours } from "../routing/business-hours.ts";
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
  "csat_ai_sum", "csat_ai_n", "csat_human_sum", "csat_human_n", "helpful", "answers",
  "before_sum", "before_n", "at_sum", "at_n", "after_sum", "after_n", "held", "not_needed", "too_late",
] as const satisfies readonly (keyof Tally)[];

const SAMPLE_KEYS = ["replies", "waits", "ai", "human", "resolution"] as const;

/**
 * The durations (ms) percentiles are taken over, as sorted parts: one per
 * factGroups row. A pile of many rows keeps the parts as they are and reads
 * them as one (nearestRank), so no breakdown copies or re-sorts 100,000 values.
 */
export type Samples = Record<(typeof SAMPLE_KEYS)[number], Float64Array[]>;

/** A set of conversations as the figures need it. */
export interface Pile {
  tally: Tally;
  samples: Samples;
}

export function emptyPile(): Pile {
  const tally = Object.fromEntries(TALLY_KEYS.map((k) => [k, 0])) as unknown as Tally;
  return { tally, samples: { replies: [], waits: [], ai: [], human: [], resolution: [] } };
}

export function addPile(into: Pile, from: Pile): void {
  for (const k of TALLY_KEYS) into.tally[k] += from.tally[k];
  for (const k of SAMPLE_KEYS) into.samples[k].push(...from.samples[k]);
}

export const sampleSize = (parts: readonly Float64Array[]) => parts.reduce((n, p) => n + p.length, 0);

/** Values of a sorted array ≤ x. */
function countUpTo(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The p-th percentile (0..1) by nearest rank over all parts together; null for
 * no values. Durations are whole milliseconds, so the smallest integer x with
 * at least `rank` values ≤ x is exactly the rank-th value: ~40 steps of
 * binary searches instead of a merge.
 */
export function nearestRank(parts: readonly Float64Array[], p: number): number | null {
  const n = sampleSize(parts);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let lo = Infinity;
  let hi = -Infinity;
  for (const part of parts) {
    if (part.length === 0) continue;
    lo = Math.min(lo, part[0] ?? lo);
    hi = Math.max(hi, part[part.length - 1] ?? hi);
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let count = 0;
    for (const part of parts) count += countUpTo(part, mid);
    if (count >= rank) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function sorted(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/**
 * A comma-separated list of whole numbers, sorted. Read digit by digit: at
 * 100,000 conversations split + Number took most of the summary's own time.
 * Anything else (a REAL column printed as "12.0") takes the plain path.
 */
function sortedList(list: string | null): Float64Array {
  if (!list) return new Float64Array(0);
  if (/[^0-9,-]/.test(list)) return sorted(list.split(",").map(Number));
  let n = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) n++;
  const out = new Float64Array(n);
  let j = 0;
  let value = 0;
  let sign = 1;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      out[j++] = sign * value;
      value = 0;
      sign = 1;
    } else if (c === 45) sign = -1;
    else value = value * 10 + (c - 48);
  }
  out[j] = sign * value;
  return out.sort();
}

/** "start:end" pairs as durations inside the site's hours (null: a site without hours, so all the time). */
function openSpans(list: string | null, hours: BusinessHours | null): number[] {
  if (!list) return [];
  return list.split(",").map((pair) => {
    const colon = pair.indexOf(":");
    return openMs(hours, Number(pair.slice(0, colon)), Number(pair.slice(colon + 1)));
  });
}

/**
 * One row of factGroups as a pile. `hours` is given (the row's site's, or null) when waits and replies
 * count inside business hours; the row then carries them as "start:end" pairs, else as durations.
 */
export function pileOf(row: GroupRow, hours: BusinessHours | null | undefined): Pile {
  const tally = Object.fromEntries(TALLY_KEYS.map((k) => [k, Number(row[k] ?? 0)])) as unknown as Tally;
  const spans = (list: string | null) => (hours === undefined ? sortedList(list) : sorted(openSpans(list, hours)));
  return {
    tally,
    samples: {
      replies: [spans(row.replies)],
      waits: [spans(row.waits)],
      ai: [sortedList(row.ai_times)],
      human: [sortedList(row.human_times)],
      resolution: [sortedList(row.resolutions)],
    },
  };
}

const MINUTE = 60_000;
/** Longer spans are counted a quarter hour at a time: a schedule changes on quarter hours in practice. */
const COARSE = 15 * MINUTE;

/**
 * How much of [start, end) falls inside the business hours; all of it when
 * the site has none. Whole minutes inside a quarter hour that starts and ends
 * alike (open or closed) are taken together, so a week-long wait is ~700 checks.
 */
export function openMs(hours: BusinessHours | null, start: number, end: number): number {
  if (!hours || end <= start) return Math.max(0, end - start);
  let total = 0;
  let t = start;
  while (t < end) {
    const step = end - t >= COARSE && isOpen(hours, t) === isOpen(hours, t + COARSE - 1) ? COARSE : Math.min(MINUTE, end - t);
    if (isOpen(hours, t)) total += step;
    t += step;
  }
  return total;
}
