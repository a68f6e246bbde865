import { backoffDelay } from "../../../worker/protocol/backoff.ts";

/** Console reconnects: 0.5 s doubling to 15 s, jittered so a server restart is not met by every console at once. */
const BASE_MS = 500;
const CAP_MS = 15_000;

/** Counts a socket's reconnect attempts; the delay rule is the shared one (worker/protocol/backoff.ts). */
export class Backoff {
  private attempt = 0;

  next(): number {
    return Math.round(backoffDelay(this.attempt++, BASE_MS, CAP_MS));
  }

  get attempts(): number {
    return this.attempt;
  }

  reset(): void {
    this.attempt = 0;
  }
}
