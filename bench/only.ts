/**
 * `npm run bench -- --only fanout,cost`: the stack, then just those phases;
 * their rows replace the same rows of bench/results.json and every other row
 * stays as the last full run left it. Stops what it starts, like the full run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCost } from "./cost/phase.ts";
import { runFanout } from "./fanout/phase.ts";
import { stopAll, stopAllOnExit } from "./lib/processes.ts";
import { withTimeout } from "./lib/stats.ts";
import { ROOT, runToEnd } from "./lib/wrangler-dev.ts";
import { writeResults, type Results } from "./report/results.ts";
import { prepareStack, type Stack } from "./stack.ts";

const RESULTS_FILE = path.join(ROOT, "bench/results.json");

/** Each phase that runs alone: its row in results.json and its time budget. */
interface Alone {
  budgetMs: number;
  run: (stack: Stack, signal: AbortSignal) => Promise<object>;
}
export const ALONE = {
  fanout: { budgetMs: 240_000, run: runFanout },
  cost: { budgetMs: 240_000, run: runCost },
} as const satisfies Record<string, Alone>;
export type AlonePhase = keyof typeof ALONE;

export function isAlonePhase(name: string): name is AlonePhase {
  return name in ALONE;
}

export async function runOnly(names: AlonePhase[]): Promise<void> {
  stopAllOnExit();
  // wrangler dev serves dist/ (the widget and console): build it once if this checkout has none.
  if (!existsSync(path.join(ROOT, "dist"))) runToEnd(process.execPath, [path.join(ROOT, "worker/cli/build.ts")], 300_000);
  const runDir = mkdtempSync(path.join(tmpdir(), "baton-bench-"));
  console.log(`bench state and logs: ${runDir}`);
  const results = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Omit<Results, AlonePhase> & Record<string, unknown>;
  try {
    const stack: Stack = await prepareStack(runDir);
    for (const name of names) {
      const controller = new AbortController();
      console.log(`▶ ${name}`);
      try {
        const phase: Alone = ALONE[name];
        const row = await withTimeout(phase.run(stack, controller.signal), phase.budgetMs, name);
        results[name] = row;
        delete results.failures[name];
        console.log(JSON.stringify({ [name]: row }, null, 2));
      } catch (error) {
        controller.abort();
        results.failures[name] = String(error);
        console.log(`  ${name} FAILED: ${String(error).split("\n")[0]}`);
      }
    }
  } finally {
    await stopAll();
    writeResults(RESULTS_FILE, results);
    if (process.env.BENCH_KEEP_STATE !== "1") {
      for (const entry of readdirSync(runDir)) if (entry.startsWith("state-") || entry === "product") rmSync(path.join(runDir, entry), { recursive: true, force: true });
    }
  }
}
