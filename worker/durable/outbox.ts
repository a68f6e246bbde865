import { Drain } from "./drain.ts";
import { TIMERS_SCHEMA, type Timers } from "./timers.ts";

export const OUTBOX_SCHEMA = `${TIMERS_SCHEMA}
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);`;

/**
 * Events for another Durable Object, delivered once each, in order, with
 * retry: the event is stored in the same turn as the change that caused it.
 */
export class Outbox<E> {
  private readonly drain: Drain;

  private readonly sql: SqlStorage;
  private readonly deliver: (event: E) => Promise<void>;

  constructor(sql: SqlStorage, timers: Timers, deliver: (event: E) => Promise<void>) {
    this.sql = sql;
    this.deliver = deliver;
    this.drain = new Drain({ kind: "outbox", timers, step: () => this.step(), failed: (error) => this.failed(error) });
  }

  push(event: E): Promise<void> {
    this.sql.exec("INSERT INTO outbox (event) VALUES (?)", JSON.stringify(event));
    return this.drain.kick();
  }

  kick(origin: "work" | "timer" = "work"): Promise<void> {
    return this.drain.kick(origin);
  }

  pending(): number {
    return this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM outbox").one().n;
  }

  private async step(): Promise<"more" | "done"> {
    const row = this.sql.exec<{ id: number; event: string }>("SELECT id, event FROM outbox ORDER BY id LIMIT 1").toArray()[0];
    if (!row) return "done";
    await this.deliver(JSON.parse(row.event) as E);
    this.sql.exec("DELETE FROM outbox WHERE id = ?", row.id);
    return "more";
  }

  private failed(error: unknown): number {
    const row = this.sql
      .exec<{ attempts: number }>(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = (SELECT min(id) FROM outbox) RETURNING attempts",
        String(error).slice(0, 500),
      )
      .toArray()[0];
    return row?.attempts ?? 1;
  }
}
