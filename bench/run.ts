/**
 * `npm run bench`: the product against its floors, in one unattended run.
 *   1. relay latency: ours, bare ws, Socket.IO, Durable Object forward-only and persist-then-forward
 *   2. handoff latency   3. AI turn overhead (product and embedded provider)
 *   4. fan-out of one queue object to 1,000 agents   5. cost counts of a conversation mix
 *   6. concurrency steps, ours and the runtime floor   7. widget weight   8. trigger decision cost
 * `--only fanout,cost` runs the stack and just those phases (bench/only.ts).
 * Everything runs on free loopback ports with state in a temporary directory;
 * everything started is stopped (finally, and on signals). Figures go to
 * bench/results.json; a phase that fails is recorded there and the run goes on.
 */
import { parseArgs } from "node:util";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { measureAiFrames } from "./ai/first-frame.ts";
import { measureEmbeddedTurns } from "./ai/embedded-turn.ts";
import type { StepResult } from "./concurrency/controller.ts";
import { concurrencyPhase } from "./concurrency/phase.ts";
import { mergeSteps } from "./concurrency/merge.ts";
import { LOAD } from "./concurrency/plan.ts";
import { measureHandoffs } from "./handoff/measure.ts";
import { measureBurst } from "./routing/burst.ts";
import { BURST } from "./routing/burst-agents.ts";
import { measureRoutedLoad } from "./routing/load.ts";
import { measureDecisions } from "./triggers/decision.ts";
import { measureReports } from "./reports/measure.ts";
import { runCost } from "./cost/phase.ts";
import { runFanout } from "./fanout/phase.ts";
import { ALONE, isAlonePhase, runOnly } from "./only.ts";
import { BatonClient } from "./lib/baton-client.ts";
import { stopAll, stopAllOnExit } from "./lib/processes.ts";
import { ms, withTimeout } from "./lib/stats.ts";
import { ROOT } from "./lib/wrangler-dev.ts";
import { startPeer } from "./peers/start-peers.ts";
import { oursLink, rawLink, socketIoLink } from "./relay/links.ts";
import { compareRelays, type RelayTarget } from "./relay/phase.ts";
import { workerdSamples } from "./lib/proc-stats.ts";
import { currentLoad, machine } from "./report/machine.ts";
import { judge, latency, writeResults, type Latency, type Results } from "./report/results.ts";
import { printTables } from "./report/table.ts";
import { prepareStack, startOurs, startRuntimeFloor, type Stack } from "./stack.ts";
import { buildAndWeigh } from "./widget/weight.ts";

const RESULTS_FILE = path.join(ROOT, "bench/results.json");
/** The whole run stays under 25 minutes; the concurrency phases get what the others leave (about 9 minutes alone to 2,000 pairs and back for the floor). */
const RUN_BUDGET_MS = 1_500_000;
/** Relay rounds per target, taken in alternation and pooled. */
const RELAY_ROUNDS = 3;
const HANDOFFS = 200;
/** The load through routing: 1,000 conversations × 20 messages with 20 agents, over a minute. */
const LOAD_RUN = { conversations: 1000, messages: 20, windowMs: 60_000 };
const AI_TURNS = 300;

const only = parseArgs({ options: { only: { type: "string" } } }).values.only;
if (only !== undefined) {
  const names = only.split(",");
  const unknown = names.filter((n) => !isAlonePhase(n));
  if (unknown.length > 0) throw new Error(`--only: no phase ${unknown.join(", ")} runs alone (${Object.keys(ALONE).join(", ")})`);
  await runOnly(names.filter(isAlonePhase));
  process.exit(0);
}
stopAllOnExit();
process.on("unhandledRejection", (error) => console.error("unhandled rejection (ignored):", error));
const startedAt = Date.now();
const runDir = mkdtempSync(path.join(tmpdir(), "baton-bench-"));
const results: Results = {
  relay: {},
  handoff: {},
  ai: {},
  concurrency: [],
  concurrency_info: {
    load: `after the pairs sit idle ${(LOAD.settleMs + 3000) / 1000} s, every conversation sends one wake-up message (its object may have hibernated: wake_p99), then ${LOAD.messagesPerConversation} measured messages, one per ${LOAD.intervalMs / 1000} s, random phase`,
  },
  widget: {},
  goals: [],
  machine: machine(),
  run_seconds: 0,
  failures: {},
  notes: [
    "All latencies in ms, sizes in bytes. Servers run under `wrangler dev --local` with X_LOCAL_OBSERVABILITY=false: a proxy workerd in front of the worker workerd (every frame takes one extra loopback hop); rss_mb sums both.",
    "ours serves a bundle of the tree as it was when the run started (wrangler deploy --dry-run, then wrangler dev --no-bundle), so edits during a run cannot reload it.",
    "Relay: visitor and agent clients share the bench process; the ws and Socket.IO peers run in their own processes. Every target carries the product's client frame (~150 B JSON). Each target is measured in 3 rounds (2,000 messages after 300 warm-up each), targets alternating, latencies pooled (p50_median_of_rounds and ratio_p50_median_of_rounds resist one round spoiled by other work on the machine); cpu_ms_per_msg is the server processes' CPU time (both workerd for wrangler targets) per message.",
    "runtime_persist inserts the raw frame into a one-table SQLite (no parsing, validation, seq or ack) and forwards it; runtime_forward only forwards.",
    "Concurrency: pairs are opened by a real handoff (request_human) and claim by one agent on one queue socket, 16 at a time; the load comes from a separate Node process; pairs accumulate from step to step.",
    "The machine may be shared with other work (see machine.load_start/load_end); rerun before trusting a small difference.",
  ],
};

async function phase(name: string, budgetMs: number, run: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController();
  const t0 = Date.now();
  console.log(`▶ ${name} (load ${currentLoad()})`);
  try {
    await withTimeout(run(controller.signal), budgetMs, name);
    console.log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    controller.abort();
    results.failures[name] = String(error);
    console.log(`  ${name} FAILED after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${String(error).split("\n")[0]}`);
  }
}

async function latencyPhases(stack: Stack): Promise<void> {
  const servers: { stop: () => Promise<void> }[] = [];
  try {
    const ws = await startPeer("ws-relay.ts", runDir);
    const socketio = await startPeer("socketio-relay.ts", runDir);
    const floor = await startRuntimeFloor(stack, "floor");
    const ours = await startOurs(stack, "ours");
    servers.push(ws, socketio, floor, ours);
    const client = new BatonClient(ours.base, stack.origin);
    const floorWs = floor.base.replace(/^http/, "ws");
    await phase("relay", 150_000, async () => {
      const floorPids = () => workerdSamples(floor.process.pid).map((p) => p.pid);
      const targets: RelayTarget[] = [
        { name: "ws_floor", open: () => rawLink(`ws://127.0.0.1:${ws.port}/r/visitor`, `ws://127.0.0.1:${ws.port}/r/agent`), pids: () => [ws.process.pid] },
        { name: "socketio", open: () => socketIoLink(`http://127.0.0.1:${socketio.port}`, "r"), pids: () => [socketio.process.pid] },
        { name: "runtime_forward", open: () => rawLink(`${floorWs}/ws/forward/r/visitor`, `${floorWs}/ws/forward/r/agent`), pids: floorPids },
        { name: "runtime_persist", open: () => rawLink(`${floorWs}/ws/persist/r/visitor`, `${floorWs}/ws/persist/r/agent`), pids: floorPids },
        { name: "ours", open: () => oursLink(client), pids: () => workerdSamples(ours.process.pid).map((p) => p.pid) },
      ];
      const { figures, failures } = await compareRelays(targets, RELAY_ROUNDS, (line) => console.log(line));
      for (const [name, f] of Object.entries(figures)) {
        (results.relay as Record<string, Latency>)[name] = { ...latency(f), cpu_ms_per_msg: f.cpu_ms_per_msg, p50_median_of_rounds: f.p50_median_of_rounds, rounds: f.rounds };
      }
      for (const [name, error] of Object.entries(failures)) results.failures[`relay.${name}`] = error;
      const { ours: o, runtime_persist: p, ws_floor: w } = results.relay;
      if (o && p) results.relay.ratio_p50 = ms(o.p50 / p.p50);
      const om = figures.ours?.p50_median_of_rounds;
      const pm = figures.runtime_persist?.p50_median_of_rounds;
      if (om !== undefined && pm !== undefined) results.relay.ratio_p50_median_of_rounds = ms(om / pm);
      if (o && w) results.relay.ratio_ws_p50 = ms(o.p50 / w.p50);
    });
    await phase("handoff", 90_000, async (signal) => {
      const handoff = await measureHandoffs(client, HANDOFFS, signal);
      results.handoff = { p50: handoff.p50, p99: handoff.p99, conversations: handoff.n, failures: handoff.failures };
      if (handoff.firstError) results.failures["handoff.some"] = `${handoff.failures} failed; first: ${handoff.firstError}`;
    });
    await phase("routing", 120_000, async (signal) => {
      results.routing = await measureBurst(client, BURST.agents, BURST.handoffs, BURST.windowMs, signal);
    });
    await phase("load", 180_000, async (signal) => {
      results.load = await measureRoutedLoad(client, LOAD_RUN.conversations, LOAD_RUN.messages, LOAD_RUN.windowMs, signal);
    });
    await phase("ai", 120_000, async (signal) => {
      const ai = await measureAiFrames(client, AI_TURNS, signal);
      Object.assign(results.ai, { first_frame_p50: ai.firstDelta.p50, first_frame_p99: ai.firstDelta.p99, typing_p50: ai.typing.p50, answer_p50: ai.answer.p50, turns: ai.firstDelta.n, handed_off: ai.handedOff });
      if (ai.firstError) results.failures["ai.some"] = `${ai.failures} failed; first: ${ai.firstError}`;
    });
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}

try {
  console.log(`bench state and logs: ${runDir}`);
  await phase("widget", 180_000, async () => {
    results.widget = buildAndWeigh();
  });
  await phase("triggers", 60_000, async () => {
    const { cpu, wall } = await measureDecisions(3000);
    results.triggers = { decision_p50_ms: cpu.p50, decision_p99_ms: cpu.p99, decision_wall_p99_ms: wall.p99, decisions: cpu.n };
  });
  await phase("embedded", 90_000, async (signal) => {
    const e = await measureEmbeddedTurns(1000, AI_TURNS, signal);
    Object.assign(results.ai, { embedded_turn_p50: e.p50, embedded_turn_p99: e.p99, embedded_kb: { articles: e.articles, passages: e.passages, build_ms: e.buildMs, declined: e.declined } });
  });
  await phase("reports", 240_000, async () => {
    const r = await measureReports(runDir);
    results.reports = { conversations: r.conversations, query_p50: r.query_p50, query_p99: r.query_p99, queries: r.queries, goal_ms: 500, met: r.query_p99 <= 500 };
  });
  let stack: Stack | null = null;
  await phase("stack", 120_000, async () => {
    stack = await prepareStack(runDir);
  });
  if (stack) {
    const ready: Stack = stack;
    await latencyPhases(ready);
    await phase("fanout", 240_000, async (signal) => {
      results.fanout = await runFanout(ready, signal);
    });
    await phase("cost", 150_000, async (signal) => {
      results.cost = await runCost(ready, signal);
    });
    let ours: StepResult[] = [];
    let floor: StepResult[] = [];
    const left = () => RUN_BUDGET_MS - (Date.now() - startedAt);
    await phase("concurrency.ours", Math.max(30_000, left() * 0.6), async () => {
      const r = await concurrencyPhase(ready, "ours", Math.max(30_000, left() * 0.6));
      ours = r.steps;
      results.concurrency_info.ours_stopped_because = r.stoppedBecause;
    });
    await phase("concurrency.runtime_floor", Math.max(30_000, left()), async () => {
      const r = await concurrencyPhase(ready, "floor", Math.max(30_000, left()));
      floor = r.steps;
      results.concurrency_info.runtime_floor_stopped_because = r.stoppedBecause;
    });
    results.concurrency = mergeSteps(ours, floor);
  }
} finally {
  await stopAll();
  results.machine.load_end = currentLoad();
  results.run_seconds = Math.round((Date.now() - startedAt) / 1000);
  results.goals = judge(results);
  writeResults(RESULTS_FILE, results);
  printTables(results);
  console.log(`\nresults: ${path.relative(process.cwd(), RESULTS_FILE)}   logs: ${runDir}`);
  // Thousands of Durable Object databases: gigabytes. Logs stay; BENCH_KEEP_STATE=1 keeps the state too.
  if (process.env.BENCH_KEEP_STATE !== "1") {
    for (const entry of readdirSync(runDir)) {
      if (entry.startsWith("state-") || entry === "product") rmSync(path.join(runDir, entry), { recursive: true, force: true });
    }
  }
}
