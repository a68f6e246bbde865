/**
 * Reads a server's opt-in meter (GET /api/meter, worker/durable/meter.ts and
 * the runtime floor's copy) and takes differences between two readings.
 * Both servers are started with METER=on by the bench (stack.ts).
 */
export type Counts = Record<string, number>;

export interface MeterReading {
  at: number;
  owners: Record<string, Counts>;
}

/** Handler runs of Durable Objects: what "waking an object" costs the runtime (the worker's own fetches are the bench asking). */
const WAKING = ["fetch", "webSocketMessage", "webSocketClose", "alarm"] as const;

export async function readMeter(base: string): Promise<MeterReading> {
  const response = await fetch(`${base}/api/meter`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`GET /api/meter: HTTP ${response.status} (is METER=on?)`);
  return (await response.json()) as MeterReading;
}

/** What each owner's counters grew by from `a` to `b` (owners and counters that did not grow are left out). */
export function meterDelta(a: MeterReading, b: MeterReading): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const [owner, counts] of Object.entries(b.owners)) {
    for (const [key, value] of Object.entries(counts)) {
      const grown = value - (a.owners[owner]?.[key] ?? 0);
      if (grown !== 0) (out[owner] ??= {})[key] = grown;
    }
  }
  return out;
}

/** Durable Object handler calls (fetch, frames, closes, alarms) in a delta; the worker's own requests are not objects waking. */
export function objectWakeups(delta: Record<string, Counts>): number {
  let n = 0;
  for (const [owner, counts] of Object.entries(delta)) {
    if (owner === "Worker") continue;
    for (const key of WAKING) n += counts[key] ?? 0;
  }
  return n;
}

/** Each counter of a delta divided by `n` (per message), rounded. */
export function perUnit(delta: Record<string, Counts>, n: number): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const [owner, counts] of Object.entries(delta)) {
    out[owner] = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Math.round((v / Math.max(1, n)) * 1000) / 1000]));
  }
  return out;
}
