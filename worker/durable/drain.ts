import { backoffDelay, NO_JITTER } from "../protocol/backoff.ts";
import type { Timers } from "./timers.ts";

export type StepResult = "more" | "done";

export interface DrainOptions {
  /** Timer name; also the name in logs. */
  kind: string;
  timers: Timers;
  /** Delivers one batch; throws when delivery failed (nothing is lost: it is tried again). */
  step: () => Promise<StepResult>;
  /** Records a failure and returns how many have happened in a row. */
  failed: (error: unknown) => number;
  /** Waits this long before a run so bursts travel in one batch. */
  coalesceMs?: number;
}

// If the object is evicted mid-run, this timer makes the next incarnation finish the job.
const SAFETY_MS = 5_000;
/** After the nth failure in a row: 1, 2, 4 … seconds, at most five minutes; no jitter (nothing races this object's timer). */
const RETRY_BASE_MS = 1000;
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Drains a durable backlog (an outbox) with one run at a time, retrying with
 * backoff through a stored timer when a delivery fails.
 */
export class Drain {
  private running: Promise<void> | null = null;
  private again = false;

  private readonly options: DrainOptions;

  constructor(options: DrainOptions) {
    this.options = options;
  }

  /**
   * Starts a run, or asks the current one to look again when it finishes.
   * New work arms a safety timer (a no-op while one is already due sooner);
   * a run started by that timer does not re-arm it, so an idle object sleeps.
   */
  kick(origin: "work" | "timer" = "work"): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    if (origin === "work") this.options.timers.schedule(this.options.kind, Date.now() + SAFETY_MS);
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const { coalesceMs, step, timers, kind, failed } = this.options;
    if (coalesceMs) await new Promise((resolve) => setTimeout(resolve, coalesceMs));
    for (;;) {
      this.again = false;
      let result: StepResult;
      try {
        result = await step();
      } catch (error) {
        const failures = failed(error);
        console.warn(`${kind}: delivery failed (attempt ${failures}), retrying later:`, String(error));
        timers.reschedule(kind, Date.now() + backoffDelay(failures - 1, RETRY_BASE_MS, MAX_BACKOFF_MS, NO_JITTER));
        return;
      }
      if (result === "done" && !this.again) {
        // Everything delivered: nothing for the timer to retry, so the object may sleep.
        timers.cancel(kind);
        return;
      }
    }
  }
}
