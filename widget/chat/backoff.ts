const BASE_MS = 500;
const CAP_MS = 30_000;

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential, capped,
 * with "equal jitter" so a fleet of widgets does not reconnect in lockstep
 * after an outage, while the first retry still comes quickly.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}
