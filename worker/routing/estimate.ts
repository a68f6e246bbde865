import type { WaitEstimate } from "../protocol/index.ts";

/**
 * The visitor's wait, as an honest range. With `free` open slots among the
 * team's online agents, the first `free` in line can be taken now. Everyone
 * behind waits for slots to open: the team's `slots` (online agents × their
 * capacity) each open once per handling time H, so slots open at a rate of
 * slots / H, and the k-th visitor past the free slots waits about k × H / slots.
 * The range uses the team's recent handling times: the 25th percentile for
 * the low end and the 75th for the high end (a default of 4–8 minutes per
 * conversation until 5 have been handled). A visitor who can be taken now
 * waits for the agent to accept: 0–1 minutes. Nobody online: no estimate.
 */
export interface TeamNow {
  /** Capacity of the online agents, in conversations at once. */
  slots: number;
  /** Of those, not held or offered. */
  free: number;
}

export const DEFAULT_HANDLING_MS = { low: 4 * 60_000, high: 8 * 60_000 };
export const MIN_SAMPLES = 5;

/** The 25th and 75th percentiles of recent handling times, or the default when there are too few. */
export function handlingRange(recentMs: readonly number[]): { low: number; high: number } {
  if (recentMs.length < MIN_SAMPLES) return DEFAULT_HANDLING_MS;
  const sorted = [...recentMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? 0;
  return { low: at(0.25), high: Math.max(at(0.75), at(0.25)) };
}

export function estimateWait(position: number, team: TeamNow, recentMs: readonly number[]): WaitEstimate | null {
  if (team.slots <= 0 || position < 1) return null;
  const behind = position - team.free;
  if (behind <= 0) return { lowMinutes: 0, highMinutes: 1 };
  const range = handlingRange(recentMs);
  const low = Math.floor((behind * range.low) / team.slots / 60_000);
  const high = Math.ceil((behind * range.high) / team.slots / 60_000);
  return { lowMinutes: low, highMinutes: Math.max(high, low + 1) };
}

/** "about 4–6 minutes", "less than a minute": what the visitor reads. */
export function describeEstimate(estimate: WaitEstimate): string {
  if (estimate.highMinutes <= 1) return "less than a minute";
  if (estimate.lowMinutes === 0) return `up to ${estimate.highMinutes} minutes`;
  return `about ${estimate.lowMinutes}–${estimate.highMinutes} minutes`;
}
