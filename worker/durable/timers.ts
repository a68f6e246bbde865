import { deleteTimer, putTimer, readTimers } from "./timer-store.ts";

/**
 * Named timers stored as rows in the Durable Object's SQLite; the object's
 * single alarm is always set to the earliest one. Rows survive eviction, so a
 * retry scheduled before hibernation still happens.
 */
export class Timers {
  // Mirror of the table so the hot path can skip storage when nothing changes.
  private readonly due = new Map<string, number>();
  private armedAt: number | null = null;

  private readonly storage: DurableObjectStorage;
  /** Told of every alarm set (the meter counts them). */
  private readonly onArm: () => void;

  constructor(storage: DurableObjectStorage, onArm: () => void = () => undefined) {
    this.storage = storage;
    this.onArm = onArm;
    for (const { kind, dueAt } of readTimers(storage.sql)) this.due.set(kind, dueAt);
    this.armedAt = this.earliest();
  }

  /** Due at `at`, unless it is already due sooner. */
  schedule(kind: string, at: number): void {
    const current = this.due.get(kind);
    if (current !== undefined && current <= at) return;
    this.put(kind, at);
  }

  /** Due at exactly `at`, sooner or later than before. */
  reschedule(kind: string, at: number): void {
    if (this.due.get(kind) === at) return;
    this.put(kind, at);
  }

  cancel(kind: string): void {
    if (!this.due.has(kind)) return;
    this.due.delete(kind);
    deleteTimer(this.storage.sql, kind);
    this.arm();
  }

  pending(kind: string): number | undefined {
    return this.due.get(kind);
  }

  /** Removes and returns the timers due by `now`; call from `alarm()`, then the alarm is re-armed. */
  takeDue(now: number): string[] {
    const kinds = [...this.due].filter(([, at]) => at <= now).map(([kind]) => kind);
    for (const kind of kinds) {
      this.due.delete(kind);
      deleteTimer(this.storage.sql, kind);
    }
    // The runtime clears an alarm once it fires; whatever we believed is stale.
    this.armedAt = null;
    this.arm();
    return kinds;
  }

  private put(kind: string, at: number): void {
    this.due.set(kind, at);
    putTimer(this.storage.sql, kind, at);
    this.arm();
  }

  private earliest(): number | null {
    let next: number | null = null;
    for (const at of this.due.values()) if (next === null || at < next) next = at;
    return next;
  }

  private arm(): void {
    const next = this.earliest();
    if (next === this.armedAt) return;
    this.armedAt = next;
    if (next !== null) this.onArm();
    // Writes are ordered by the output gate: no need to await them here.
    void (next === null ? this.storage.deleteAlarm() : this.storage.setAlarm(next));
  }
}
