/**
 * The concurrency phase alone (`npm run bench` runs it after everything
 * else): ours, then the runtime floor, on the steps given, and the
 * concurrency rows of bench/results.json replaced with what was measured
 * (--write), the rest of the file kept.
 *   node bench/concurrency/run.ts [--steps 250,2000] [--targets ours,floor] [--budget 400] [--settle 16000] [--sync-window 300000] [--write]
 * (CONCURRENCY_TIMELINE=/tmp/t writes each round's send times and latencies to /tmp/t-driver-<target>-<pairs>-<round>.txt)
 * (--settle: ms the pairs sit before the idle window; the default 16000 waits out the product's 15 s transcript batch window, which is a write, not an idle wake-up)
 * (--sync-window: the product's TRANSCRIPT_SYNC_WINDOW_MS for this run, to measure what the D1 transcript batches cost)
 * Steps accumulate pairs like the full bench (250 then 2000 opens 1,750 more).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stopAll, stopAllOnExit } from "../lib/processes.ts";
import { ROOT } from "../lib/wrangler-dev.ts";
import { currentLoad } from "../report/machine.ts";
import { judge, writeResults, type Results } from "../report/results.ts";
import { prepareStack } from "../stack.ts";
import type { StepResult } from "./controller.ts";
import { mergeSteps } from "./merge.ts";
import { concurrencyPhase } from "./phase.ts";
import { LOAD } from "./plan.ts";

const { values } = parseArgs({
  options: { steps: { type: "string", default: LOAD.steps.join(",") }, targets: { type: "string", default: "ours,floor" }, budget: { type: "string", default: "420" }, settle: { type: "string", default: String(LOAD.settleMs) }, "sync-window": { type: "string" }, write: { type: "boolean", default: false } },
});
const steps = values.steps.split(",").filter(Boolean).map(Number);
const targets = values.targets.split(",").filter((t): t is "ours" | "floor" => t === "ours" || t === "floor");
const budgetMs = Number(values.budget) * 1000;

stopAllOnExit();
const runDir = mkdtempSync(path.join(tmpdir(), "baton-concurrency-"));
const found: Record<"ours" | "floor", { steps: StepResult[]; stoppedBecause: string }> = {
  ours: { steps: [], stoppedBecause: "not run" },
  floor: { steps: [], stoppedBecause: "not run" },
};
const loadStart = currentLoad();
try {
  console.log(`state and logs: ${runDir} (load ${loadStart})`);
  const stack = await prepareStack(runDir);
  for (const target of targets) {
    console.log(`▶ ${target} (load ${currentLoad()})`);
    const oursVars: Record<string, string> = values["sync-window"] ? { TRANSCRIPT_SYNC_WINDOW_MS: values["sync-window"] } : {};
    found[target] = await concurrencyPhase(stack, target, budgetMs, steps, Number(values.settle), oursVars);
    for (const s of found[target].steps) {
      console.log(`  N=${s.conversations}: p99 ${s.p99} ms, CPU ${s.cpu_ms_per_msg} ms/msg, idle CPU ${s.idle_cpu_pct} %, idle wakes ${s.idle_wakeups_per_min}/min, load ${s.load}${s.error ? `, ${s.error}` : ""}`);
      console.log(`    idle meter ${JSON.stringify(s.idle_meter)}`);
      console.log(`    per message ${JSON.stringify(s.meter_per_msg)}`);
    }
    console.log(`  stopped: ${found[target].stoppedBecause}`);
  }
} finally {
  await stopAll();
  if (values.write) {
    const file = path.join(ROOT, "bench/results.json");
    const results = (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}) as Results;
    results.concurrency = mergeSteps(found.ours.steps, found.floor.steps);
    results.concurrency_info = {
      ...results.concurrency_info,
      ours_stopped_because: found.ours.stoppedBecause,
      runtime_floor_stopped_because: found.floor.stoppedBecause,
      measured_alone: `bench/concurrency/run.ts --steps ${steps.join(",")} on ${new Date().toISOString()}, load ${loadStart} → ${currentLoad()}`,
    };
    results.goals = judge(results);
    writeResults(file, results);
    console.log(`concurrency rows written to ${path.relative(process.cwd(), file)}`);
  }
  if (process.env.BENCH_KEEP_STATE !== "1") {
    for (const entry of readdirSync(runDir)) if (entry.startsWith("state-") || entry === "product") rmSync(path.join(runDir, entry), { recursive: true, force: true });
  }
}
