import { describe, expect, it } from "vitest";
import { backoffDelay, NO_JITTER } from "../../worker/protocol/backoff.ts";

describe("backoffDelay (widget, console and durable retries)", () => {
  it("without jitter doubles from the base and stops at the cap", () => {
    expect([0, 1, 2, 3, 8, 9, 30].map((n) => backoffDelay(n, 1000, 300_000, NO_JITTER))).toEqual([1000, 2000, 4000, 8000, 256_000, 300_000, 300_000]);
  });

  it("with jitter waits between half the ceiling and all of it", () => {
    expect(backoffDelay(0, 500, 30_000, () => 0)).toBe(250);
    expect(backoffDelay(0, 500, 30_000, () => 1)).toBe(500);
    expect(backoffDelay(3, 500, 30_000, () => 0.5)).toBe(3000);
    expect(backoffDelay(20, 500, 30_000, () => 0)).toBe(15_000);
    expect(backoffDelay(20, 500, 30_000, () => 0.999)).toBeCloseTo(29_985);
    for (let i = 0; i < 50; i++) {
      const wait = backoffDelay(2, 500, 30_000);
      expect(wait).toBeGreaterThanOrEqual(1000);
      expect(wait).toBeLessThanOrEqual(2000);
    }
  });
});
