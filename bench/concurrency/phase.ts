/**
 * One side of the concurrency phase: a fresh server (ours from the pristine
 * concurrency state, or the runtime floor), the steps, then the server stopped
 * and its thousands of object databases deleted.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import type { DevServer } from "../lib/wrangler-dev.ts";
import { startOurs, startRuntimeFloor, type Stack } from "../stack.ts";
import { runSteps, type LoadPlan, type StepResult } from "./controller.ts";
import { LOAD } from "./plan.ts";

/** `oursVars`: settings for the product's server only (e.g. a longer TRANSCRIPT_SYNC_WINDOW_MS, to see what the batches cost). */
export async function concurrencyPhase(
  stack: Stack,
  target: "ours" | "floor",
  budgetMs: number,
  steps = LOAD.steps,
  settleMs = LOAD.settleMs,
  oursVars: Record<string, string> = {},
): Promise<{ steps: StepResult[]; stoppedBecause: string }> {
  flushDisk();
  const server: DevServer = target === "ours" ? await startOurs(stack, "ours-concurrency", oursVars) : await startRuntimeFloor(stack, "floor-concurrency");
  try {
    const plan: LoadPlan = { ...LOAD, steps, settleMs, setupTimeoutMs: 150_000, deadline: Date.now() + budgetMs - 5000 };
    return await runSteps(target, server, stack.origin, plan, stack.runDir);
  } finally {
    await server.stop();
    // Thousands of Durable Object databases: delete them before their dirty pages are written back under the next phase.
    if (process.env.BENCH_KEEP_STATE !== "1") rmSync(path.join(stack.runDir, `state-${server.name}`), { recursive: true, force: true });
  }
}

/** `sync`: the previous phase's writes reach the disk now, not under the next phase's measurement. */
function flushDisk(): void {
  spawnSync("sync", [], { timeout: 60_000 });
}
