/**
 * An opt-in meter of what the runtime is asked to do, per Durable Object
 * class (and "Worker" for the stateless worker): wakes (constructor runs),
 * handler calls, alarms set, D1 statements and rows, Workers AI calls and RPC
 * calls made to each class. On only when the env var METER is "on" (the
 * bench sets it); off, every call is one string comparison.
 *
 * The counts live at module level: every object of one worker in one
 * isolate adds to the same table. In `wrangler dev` and workerd all objects
 * of a worker share its isolate, so GET /api/meter (served by the worker)
 * sees them all; in production each isolate would have its own, so the
 * meter is a local measuring tool, not production telemetry.
 */
export type MeterCounter =
  | "wakes"
  | "fetch"
  | "webSocketMessage"
  | "webSocketClose"
  | "alarm"
  | "alarms_set"
  | "rpc"
  | "d1_statements"
  | "d1_rows_read"
  | "d1_rows_written"
  | "ai_calls";

export type MeterCounts = Record<MeterCounter, number>;

export interface MeterEnv {
  METER?: string;
}

const tables = new Map<string, MeterCounts>();

function empty(): MeterCounts {
  return { wakes: 0, fetch: 0, webSocketMessage: 0, webSocketClose: 0, alarm: 0, alarms_set: 0, rpc: 0, d1_statements: 0, d1_rows_read: 0, d1_rows_written: 0, ai_calls: 0 };
}

export function meterOn(env: MeterEnv): boolean {
  return env.METER === "on";
}

/** Adds `n` to one counter of `owner` (a class name), when the meter is on. */
export function meter(env: MeterEnv, owner: string, counter: MeterCounter, n = 1): void {
  if (!meterOn(env)) return;
  let table = tables.get(owner);
  if (!table) {
    table = empty();
    tables.set(owner, table);
  }
  table[counter] += n;
}

/** The counts so far, per owner, plus their sum. */
export function meterSnapshot(): { owners: Record<string, MeterCounts>; total: MeterCounts } {
  const owners: Record<string, MeterCounts> = {};
  const total = empty();
  for (const [owner, table] of tables) {
    owners[owner] = { ...table };
    for (const key of Object.keys(total) as MeterCounter[]) total[key] += table[key];
  }
  return { owners, total };
}
