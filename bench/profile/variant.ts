/**
 * Profiling by elimination: measures several checkouts of the product side by
 * side (normally scratch copies in /tmp, each with one piece switched off) on
 * the figures the bench found slow, with workerd CPU per message. All servers
 * run at once and relay rounds alternate between them, so load from other
 * work on the machine lands on every variant alike.
 *   node bench/profile/variant.ts <checkout>… [--floor] [--rounds 3] [--pairs 250,500] [--handoffs 50] [--ai 0] [--burst]
 * (--floor adds the runtime persist-then-forward floor to the relay rounds)
 * (--burst: the bench's auto-assign burst, 500 handoffs in 10 s to 200 agents, on each variant in turn; the servers
 *  measured earlier keep their conversations' timers running, so compare bursts with one checkout per run)
 * (--pairs "" skips the concurrency steps). A checkout needs worker/,
 * migrations/, wrangler.toml, dist/ and node_modules (a symlink to this one).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { measureAiFrames } from "../ai/first-frame.ts";
import { runSteps } from "../concurrency/controller.ts";
import { measureHandoffs } from "../handoff/measure.ts";
import { measureBurst } from "../routing/burst.ts";
import { BURST } from "../routing/burst-agents.ts";
import { BatonClient } from "../lib/baton-client.ts";
import { freePort } from "../lib/ports.ts";
import { workerdSamples } from "../lib/proc-stats.ts";
import { stopAll, stopAllOnExit } from "../lib/processes.ts";
import { snapshotProduct } from "../lib/snapshot.ts";
import { prepareProductState, ROOT, startDev, type DevServer } from "../lib/wrangler-dev.ts";
import { oursLink, rawLink } from "../relay/links.ts";
import { compareRelays, type RelayTarget } from "../relay/phase.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { ai: { type: "string", default: "0" }, floor: { type: "boolean", default: false }, rounds: { type: "string", default: "3" }, pairs: { type: "string", default: "250,500" }, handoffs: { type: "string", default: "50" }, burst: { type: "boolean", default: false } },
});
stopAllOnExit();
const dir = mkdtempSync(path.join(tmpdir(), "baton-variant-"));

interface Variant {
  label: string;
  server: DevServer;
  client: BatonClient;
  origin: string;
  out: Record<string, unknown>;
}

async function startVariant(tree: string, index: number): Promise<Variant> {
  const label = path.basename(tree);
  const work = path.join(dir, `${index}-${label}`);
  mkdirSync(work);
  const seedPort = await freePort();
  prepareProductState(path.join(work, "state"), seedPort, tree, values.burst ? BURST.agents : 0);
  const snapshot = snapshotProduct(work, tree);
  const server = await startDev({
    name: label,
    config: snapshot.config,
    noBundle: true,
    persistTo: path.join(work, "state"),
    logFile: path.join(work, "server.log"),
    vars: { AUTH_SECRET: randomBytes(32).toString("base64url"), ABUSE_LIMITS: "off", METER: "on" },
    readyPath: "/api/health",
  });
  const origin = `http://127.0.0.1:${seedPort}`;
  return { label, server, origin, client: new BatonClient(server.base, origin), out: { label } };
}

const variants: Variant[] = [];
try {
  for (const [i, tree] of positionals.entries()) variants.push(await startVariant(path.resolve(tree), i));
  const targets: RelayTarget[] = variants.map((v) => ({
    name: v.label,
    open: () => oursLink(v.client),
    pids: () => workerdSamples(v.server.process.pid).map((p) => p.pid),
  }));
  if (values.floor) {
    const floor = await startDev({
      name: "runtime-floor",
      config: path.join(ROOT, "bench/runtime-floor/wrangler.toml"),
      persistTo: path.join(dir, "floor-state"),
      logFile: path.join(dir, "floor.log"),
      readyPath: "/",
    });
    const ws = floor.base.replace(/^http/, "ws");
    targets.push({
      name: "runtime_persist",
      open: () => rawLink(`${ws}/ws/persist/r/visitor`, `${ws}/ws/persist/r/agent`),
      pids: () => workerdSamples(floor.process.pid).map((p) => p.pid),
    });
  }
  const relay = await compareRelays(targets, Number(values.rounds), (line) => console.error(line));
  for (const v of variants) v.out.relay = relay.figures[v.label] ?? relay.failures[v.label];
  if (relay.figures.runtime_persist) console.log(JSON.stringify({ label: "runtime_persist", relay: relay.figures.runtime_persist }));
  for (const v of variants) {
    const handoff = await measureHandoffs(v.client, Number(values.handoffs), new AbortController().signal);
    v.out.handoff = { p50: handoff.p50, p99: handoff.p99 };
  }
  for (const v of values.burst ? variants : []) {
    const burst = await measureBurst(v.client, BURST.agents, BURST.handoffs, BURST.windowMs, new AbortController().signal);
    v.out.burst = burst;
    console.error(`${v.label} burst: p50 ${burst.assign_p50} p99 ${burst.assign_p99} ms, assigned ${burst.assigned}`);
  }
  for (const v of Number(values.ai) > 0 ? variants : []) {
    const ai = await measureAiFrames(v.client, Number(values.ai), new AbortController().signal);
    v.out.ai = { first_delta: ai.firstDelta.p50, first_delta_p99: ai.firstDelta.p99, typing: ai.typing.p50, answer: ai.answer.p50, turns: ai.firstDelta.n };
  }
  const steps = values.pairs.split(",").filter(Boolean).map(Number);
  for (const v of steps.length > 0 ? variants : []) {
    const load = { steps, messagesPerConversation: 4, intervalMs: 4000, drainMs: 10_000, parallelSetup: 16, settleMs: 6000, setupTimeoutMs: 150_000, deadline: Date.now() + 400_000 };
    const { steps: results, stoppedBecause } = await runSteps("ours", v.server, v.origin, load, dir);
    v.out.concurrency = results.map((r) => ({
      conversations: r.conversations,
      delivered_ratio: r.delivered_ratio,
      p50: r.p50,
      p99: r.p99,
      wake_p99: r.wake_p99,
      idle_cpu_pct: r.idle_cpu_pct,
      cpu_ms_per_msg: r.cpu_ms_per_msg,
      idle_wakeups_per_min: r.idle_wakeups_per_min,
      meter_per_msg: r.meter_per_msg,
      load: r.load,
      by_process: Object.fromEntries(r.workerd.map((w) => [w.role, w.cpuMsPerMsg])),
    }));
    v.out.stopped = stoppedBecause;
    // The next variant's load should not share the machine with this one's pairs.
    await v.server.stop();
  }
} catch (error) {
  console.error(String(error));
} finally {
  await stopAll();
  for (const v of variants) console.log(JSON.stringify(v.out));
  // Durable Object state runs to gigabytes; the logs stay.
  if (process.env.BENCH_KEEP_STATE !== "1") {
    for (const [i, v] of variants.entries()) rmSync(path.join(dir, `${i}-${v.label}`, "state"), { recursive: true, force: true });
    rmSync(path.join(dir, "floor-state"), { recursive: true, force: true });
  }
  console.error(`logs: ${dir}`);
}
