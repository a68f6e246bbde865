/**
 * D1 as the meter sees it (durable/meter.ts): every statement counted with
 * the rows D1 says it read and wrote (`meta.rows_read/rows_written`), for
 * one owner. Only built when the meter is on (metered-env.ts).
 */
import type { Env } from "../env.ts";
import { meter } from "./meter.ts";
import { bound } from "./metered-env.ts";

/** What D1 reports per statement; raw() has none and is counted as a statement only. */
interface D1Meta {
  rows_read?: number;
  rows_written?: number;
}

export function meteredD1(env: Env, db: D1Database, owner: string): D1Database {
  const originals = new WeakMap<D1PreparedStatement, D1PreparedStatement>();
  const count = (meta: D1Meta | undefined) => {
    meter(env, owner, "d1_statements");
    meter(env, owner, "d1_rows_read", meta?.rows_read ?? 0);
    meter(env, owner, "d1_rows_written", meta?.rows_written ?? 0);
  };
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, prop) {
        if (prop === "bind") return (...values: unknown[]) => wrap(target.bind(...values));
        if (prop === "all" || prop === "run") {
          return async () => {
            const result = await target.all();
            count(result.meta);
            return result;
          };
        }
        // first() is all() and its first row here, so its rows are counted too (D1's first() has no meta).
        if (prop === "first") {
          return async (column?: string) => {
            const result = await target.all<Record<string, unknown>>();
            count(result.meta);
            const row = result.results[0] ?? null;
            return column === undefined ? row : (row?.[column] ?? null);
          };
        }
        if (prop === "raw") {
          const method = bound(target, prop);
          return (...args: unknown[]) => {
            count(undefined);
            return (method as (...a: unknown[]) => unknown)(...args);
          };
        }
        return bound(target, prop);
      },
    });
    originals.set(proxy, statement);
    return proxy;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (query: string) => wrap(target.prepare(query));
      if (prop === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          const results = await target.batch(statements.map((s) => originals.get(s) ?? s));
          for (const result of results) count(result.meta);
          return results;
        };
      }
      return bound(target, prop);
    },
  });
}
