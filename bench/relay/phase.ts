/**
 * The relay comparison: every target measured in turn, over several rounds
 * taken in alternation (so a burst of other work on the machine lands on all
 * targets rather than one), latencies pooled per target, with the server
 * processes' CPU time per message.
 */
import { loadavg } from "node:os";
import { cpuMsOf } from "../lib/proc-stats.ts";
import { ms, percentile, summarize, type Summary } from "../lib/stats.ts";
import { measureRelay, type RelayLink } from "./measure.ts";

export interface RelayTarget {
  name: string;
  open: () => Promise<RelayLink>;
  /** The processes doing the server's work (for CPU per message). */
  pids: () => number[];
}

export interface RelayRound {
  p50: number;
  p99: number;
  /** 1-minute load average as the round started: a busy machine explains an outlier. */
  load: number;
}

export interface RelayFigures extends Summary {
  cpu_ms_per_msg: number;
  /** Robust to one round spoiled by other work on the machine. */
  p50_median_of_rounds: number;
  rounds: RelayRound[];
}

export async function compareRelays(targets: RelayTarget[], rounds: number, log: (line: string) => void): Promise<{ figures: Record<string, RelayFigures>; failures: Record<string, string> }> {
  const links = new Map<string, RelayLink>();
  const pooled = new Map<string, { latencies: number[]; cpuMs: number; messages: number; rounds: RelayRound[] }>();
  const failures: Record<string, string> = {};
  try {
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        if (failures[target.name]) continue;
        try {
          let link = links.get(target.name);
          if (!link) {
            link = await target.open();
            links.set(target.name, link);
          }
          const pids = target.pids();
          const load = Math.round((loadavg()[0] ?? 0) * 100) / 100;
          const before = cpuMsOf(pids);
          const result = await measureRelay(link, undefined, round);
          const pool = pooled.get(target.name) ?? { latencies: [], cpuMs: 0, messages: 0, rounds: [] };
          pool.rounds.push({ p50: result.p50, p99: result.p99, load });
          pool.latencies.push(...result.latencies);
          pool.cpuMs += cpuMsOf(pids) - before;
          pool.messages += result.received;
          pooled.set(target.name, pool);
          log(`  ${target.name} round ${round + 1}: p50 ${result.p50} p99 ${result.p99} ms`);
        } catch (error) {
          failures[target.name] = String(error);
          log(`  ${target.name} FAILED: ${String(error).split("\n")[0]}`);
        }
      }
    }
  } finally {
    for (const link of links.values()) link.close();
  }
  const figures: Record<string, RelayFigures> = {};
  for (const [name, pool] of pooled) {
    if (failures[name]) continue;
    const p50s = Float64Array.from(pool.rounds.map((r) => r.p50)).sort();
    figures[name] = {
      ...summarize(pool.latencies),
      cpu_ms_per_msg: ms(pool.cpuMs / Math.max(1, pool.messages)),
      p50_median_of_rounds: percentile(p50s, 50),
      rounds: pool.rounds,
    };
  }
  return { figures, failures };
}
