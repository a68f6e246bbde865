import { describe, expect, it } from "vitest";
import { describeEstimate, estimateWait } from "../../worker/routing/estimate.ts";

/** A small deterministic random source, so the simulation is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("the visitor's wait estimate", () => {
  it("is 0–1 minutes when a slot is free, none when nobody is online, and grows with the line", () => {
    expect(estimateWait(1, { slots: 3, free: 1 }, [])).toEqual({ lowMinutes: 0, highMinutes: 1 });
    expect(estimateWait(1, { slots: 0, free: 0 }, [])).toBeNull();
    const third = estimateWait(3, { slots: 2, free: 0 }, Array(10).fill(6 * 60_000));
    expect(third).toEqual({ lowMinutes: 9, highMinutes: 10 });
    expect(describeEstimate({ lowMinutes: 4, highMinutes: 6 })).toBe("about 4–6 minutes");
  });

  it("holds against what happens: in a simulated team, most visitors are taken within their range", () => {
    // 3 agents taking one conversation each; handling takes 3–9 minutes; 40 visitors arrive 1–3 minutes apart.
    const rand = random(7);
    const minute = 60_000;
    const free: number[] = [0, 0, 0]; // when each agent finishes what they are given
    const served: { start: number; end: number }[] = [];
    const handled: number[] = [];
    let clock = 0;
    let within = 0;
    let judged = 0;
    for (let visitor = 0; visitor < 40; visitor++) {
      clock += (1 + 2 * rand()) * minute;
      // What the queue knows at arrival: who is still waiting ahead, how many agents are busy right now.
      const waitingAhead = served.filter((s) => s.start > clock).length;
      const busy = served.filter((s) => s.start <= clock && clock < s.end).length;
      const done = served.filter((s) => s.end <= clock).map((s) => s.end - s.start);
      const estimate = estimateWait(waitingAhead + 1, { slots: 3, free: Math.max(0, 3 - busy) }, done.slice(-50));
      // First come, first served: whoever frees first takes this visitor.
      const agent = free.indexOf(Math.min(...free));
      const start = Math.max(clock, free[agent] ?? clock);
      const took = (3 + 6 * rand()) * minute;
      free[agent] = start + took;
      served.push({ start, end: start + took });
      handled.push(took);
      const waited = (start - clock) / minute;
      if (estimate && visitor >= 5) {
        judged += 1;
        // Within the range, with a minute's grace for rounding.
        if (waited >= estimate.lowMinutes - 1 && waited <= estimate.highMinutes + 1) within += 1;
      }
    }
    expect(judged).toBeGreaterThan(30);
    expect(within / judged).toBeGreaterThanOrEqual(0.7);
  });
});
