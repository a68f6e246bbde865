import { Drain } from "./drain.ts";
import { appendEvent, countEvents, deleteEvent, oldestEvent, recordFailedAttempt } from "./outbox-store.ts";
import type { Timers } from "./timers.ts";

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
    appendEvent(this.sql, JSON.stringify(event));
    return this.drain.kick();
  }

  kick(origin: "work" | "timer" = "work"): Promise<void> {
    return this.drain.kick(origin);
  }

  pending(): number {
    return countEvents(this.sql);
  }

  private async step(): Promise<"more" | "done"> {
    const row = oldestEvent(this.sql);
    if (!row) return "done";
    await this.deliver(JSON.parse(row.event) as E);
    deleteEvent(this.sql, row.id);
    return "more";
  }

  private failed(error: unknown): number {
    return recordFailedAttempt(this.sql, String(error).slice(0, 500)) ?? 1;
  }
}
