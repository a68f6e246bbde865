/**
 * How long to wait before retry number `attempt` (0-based): the ceiling
 * doubles from `baseMs` up to `capMs`, and the wait is "equal jitter", a
 * random point between half the ceiling and all of it, so a fleet of clients
 * does not reconnect in lockstep after an outage while the first retry still
 * comes quickly. One rule for the widget's and the console's reconnects and
 * the worker's durable retries (durable/drain.ts, which passes NO_JITTER).
 * Pure and free of zod, so the widget can import this file on its own (its
 * size budget counts every byte: hence positional numbers, not an options object).
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** For retries nobody else races (one object's own timer): always the full ceiling. */
export const NO_JITTER = (): number => 1;
