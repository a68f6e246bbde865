import { isOpen, type BusinessHours } from "../routing/business-hours.ts";

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
