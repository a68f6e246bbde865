/**
 * When a waiting visitor is brought to the online agents' attention again:
 * at 2 and 5 minutes, then every 5 minutes. The console plays its sound,
 * blinks the title and grows the badge with each level.
 */
const FIRST_MS = [2 * 60_000, 5 * 60_000];
const EVERY_MS = 5 * 60_000;

/** How long after queuing the alert of `level` (1-based) is due. */
export function alertDueAfter(level: number): number {
  return FIRST_MS[level - 1] ?? (FIRST_MS.at(-1) ?? 0) + (level - FIRST_MS.length) * EVERY_MS;
}
