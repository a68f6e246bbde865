/**
 * Exponential backoff with jitter: 0.5s, 1s, 2s … up to 15s, each randomised
 * down to half so a server restart is not met by every console at once.
 */
export class Backoff {
  private attempt = 0;
  private readonly baseMs: number;
  private readonly maxMs: number;

  constructor(baseMs = 500, maxMs = 15_000) {
    this.baseMs = baseMs;
    this.maxMs = maxMs;
  }

  next(): number {
    const ceiling = Math.min(this.maxMs, this.baseMs * 2 ** this.attempt);
    this.attempt += 1;
    return Math.round(ceiling * (0.5 + Math.random() * 0.5));
  }

  get attempts(): number {
    return this.attempt;
  }

  reset(): void {
    this.attempt = 0;
  }
}
