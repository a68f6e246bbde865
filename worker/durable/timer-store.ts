/**
 * The `timers` table of a Durable Object's SQLite: one row per named timer.
 * Every object that uses durable/timers.ts includes TIMERS_SCHEMA in its schema.
 */
export const TIMERS_SCHEMA = `CREATE TABLE IF NOT EXISTS timers (kind TEXT PRIMARY KEY, due_at INTEGER NOT NULL);`;

export function readTimers(sql: SqlStorage): { kind: string; dueAt: number }[] {
  return sql
    .exec<{ kind: string; due_at: number }>("SELECT kind, due_at FROM timers")
    .toArray()
    .map((row) => ({ kind: row.kind, dueAt: row.due_at }));
}

export function putTimer(sql: SqlStorage, kind: string, dueAt: number): void {
  sql.exec("INSERT INTO timers (kind, due_at) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET due_at = excluded.due_at", kind, dueAt);
}

export function deleteTimer(sql: SqlStorage, kind: string): void {
  sql.exec("DELETE FROM timers WHERE kind = ?", kind);
}
