/**
 * The fan-out phase: its own server on its own copy of the product state
 * (the seed's 1,000 fan-out agents live only there), stopped and deleted when
 * the phase ends, whatever happened.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { BatonClient } from "../lib/baton-client.ts";
import { FANOUT_AGENTS, startOurs, type Stack } from "../stack.ts";
import { measureFanout, type FanoutPlan, type FanoutResult } from "./measure.ts";

/**
 * 1,000 agents on one queue; 40 lone handoffs, then 50 handoffs/s for 3 s
 * (the production plan's rate, bench/README.md) through the same object,
 * then 20 lone handoffs with only 100 feeds left open (a team of 100).
 */
export const FANOUT_PLAN: FanoutPlan = { agents: FANOUT_AGENTS, lone: 40, ratePerS: 50, rateSeconds: 3, smallTeam: 100, smallLone: 20 };

export async function runFanout(stack: Stack, signal: AbortSignal, plan: FanoutPlan = FANOUT_PLAN): Promise<FanoutResult> {
  const server = await startOurs(stack, "ours-fanout");
  try {
    return await measureFanout(new BatonClient(server.base, stack.origin), stack.secret, server.process.pid, plan, signal);
  } finally {
    await server.stop();
    if (process.env.BENCH_KEEP_STATE !== "1") rmSync(path.join(stack.runDir, "state-ours-fanout"), { recursive: true, force: true });
  }
}
