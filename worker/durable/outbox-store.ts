import { TIMERS_SCHEMA } from "./timer-store.ts";

/** The `outbox` table (and the timers it retries with), for a Durable Object that uses durable/outbox.ts. */
export const OUTBOX_SCHEMA = `${TIMERS_SCHEMA}
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);`;

export function appendEvent(sql: SqlStorage, event: string): void {
  sql.exec("INSERT INTO outbox (event) VALUES (?)", event);
}

export function countEvents(sql: SqlStorage): number {
  return sql.exec<{ n: number }>("SELECT count(*) AS n FROM outbox").one().n;
}

/** The oldest undelivered event, or undefined when the outbox is empty. */
export function oldestEvent(sql: SqlStorage): { id: number; event: string } | undefined {
  return sql.exec<{ id: number; event: string }>("SELECT id, event FROM outbox ORDER BY id LIMIT 1").toArray()[0];
}

export function deleteEvent(sql: SqlStorage, id: number): void {
  sql.exec("DELETE FROM outbox WHERE id = ?", id);
}

/** Counts a failed delivery of the oldest event; returns its attempts so far (undefined when the outbox is empty). */
export function recordFailedAttempt(sql: SqlStorage, error: string): number | undefined {
  return sql
    .exec<{ attempts: number }>(
      "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = (SELECT min(id) FROM outbox) RETURNING attempts",
      error,
    )
    .toArray()[0]?.attempts;
}
