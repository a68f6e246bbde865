import { env } from "cloudflare:workers";

/** One D1 statement as it reached the database: its SQL (whitespace folded) and whether it rode in a batch. */
export interface CountedStatement {
  sql: string;
  batch: number | null;
  /** D1's own meta.rows_read / rows_written once the answer came (null for first(), which returns no meta). */
  rowsRead: number | null;
  rowsWritten: number | null;
}

type Meta = { meta?: { rows_read?: number; rows_written?: number } };
const noted = (entry: CountedStatement, result: unknown) => {
  const meta = (result as Meta | null)?.meta;
  if (typeof meta?.rows_read === "number") entry.rowsRead = meta.rows_read;
  if (typeof meta?.rows_written === "number") entry.rowsWritten = meta.rows_written;
};

type Proto = Record<string, (...args: unknown[]) => unknown>;

/**
 * Counts every D1 statement the worker runs while `record` is on, by
 * wrapping the D1 binding's prototypes (the Durable Objects run in the test's
 * isolate, so they share them). A batch counts each of its statements and
 * gives them one batch number (one round trip).
 */
export function countD1(): { statements: CountedStatement[]; stop(): void; reset(): void; roundTrips(): number } {
  const statements: CountedStatement[] = [];
  let batches = 0;
  const db = Object.getPrototypeOf(env.DB) as Proto;
  const sample = env.DB.prepare("SELECT 1");
  const stmt = Object.getPrototypeOf(sample) as Proto;
  const sqlOf = (s: unknown): string => String((s as { statement?: string }).statement ?? "?").replace(/\s+/g, " ").trim();
  const originals: [Proto, string, (...args: unknown[]) => unknown][] = [];
  const wrap = (proto: Proto, name: string, around: (self: unknown, args: unknown[]) => (result: unknown) => void) => {
    const original = proto[name];
    if (!original) throw new Error(`D1 has no ${name}`);
    originals.push([proto, name, original]);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const after = around(this, args);
      const result = original.apply(this, args);
      if (result instanceof Promise) void result.then(after, () => {});
      return result;
    };
  };
  for (const name of ["first", "all", "run", "raw"]) {
    wrap(stmt, name, (self) => {
      const entry: CountedStatement = { sql: sqlOf(self), batch: null, rowsRead: null, rowsWritten: null };
      statements.push(entry);
      return (result) => noted(entry, result);
    });
  }
  wrap(db, "batch", (_self, args) => {
    batches += 1;
    const entries = (args[0] as unknown[]).map((s): CountedStatement => ({ sql: sqlOf(s), batch: batches, rowsRead: null, rowsWritten: null }));
    statements.push(...entries);
    return (results) => (results as unknown[]).forEach((r, i) => entries[i] && noted(entries[i], r));
  });
  return {
    statements,
    stop: () => originals.forEach(([proto, name, fn]) => (proto[name] = fn)),
    reset: () => statements.splice(0),
    roundTrips: () => statements.filter((s) => s.batch === null).length + new Set(statements.flatMap((s) => (s.batch === null ? [] : [s.batch]))).size,
  };
}
