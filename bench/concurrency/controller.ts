/**
 * Runs the concurrency steps against one server: grows the driver's pairs to
 * each N, has every visitor send the same number of messages, and samples the
 * workerd processes' memory and descriptors. Stops stepping when a step
 * fails to hold (pairs cannot be opened, messages are lost, the server dies),
 * and says why.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { start, stop, type Started } from "../lib/processes.ts";
import { cpuMsOf, openFileLimit, round, workerdSamples } from "../lib/proc-stats.ts";
import { sleep } from "../lib/stats.ts";
import { benchEnv, ROOT, type DevServer } from "../lib/wrangler-dev.ts";
import type { DriverCommand, DriverReply, Target } from "./messages.ts";

export interface LoadPlan {
  steps: number[];
  messagesPerConversation: number;
  intervalMs: number;
  drainMs: number;
  parallelSetup: number;
  /** Setup budget per step, and the whole phase's deadline. */
  setupTimeoutMs: number;
  deadline: number;
}

export interface StepResult {
  conversations: number;
  delivered_ratio: number;
  p50: number;
  p99: number;
  max: number;
  /** The first message of each conversation, after the idle wait (objects may have hibernated). */
  first_p50: number;
  first_p99: number;
  rss_mb: number;
  workerd: { role: string; rssMb: number; fds: number; cpuMsPerMsg: number }[];
  setup_ms: number;
  /** workerd CPU (both processes) while the open pairs sit idle (IDLE_MS, after SETTLE_MS), % of one core. */
  idle_cpu_pct: number;
  /** workerd CPU (both processes) during the messages, per delivered message. */
  cpu_ms_per_msg: number;
  /** 1-minute load average as the messages started: other work on the machine shows here. */
  load: number;
  error: string | null;
}

const IDLE_MS = 3000;
/** Longer than the product's 5 s drain safety timer. */
const SETTLE_MS = 6000;

class Driver {
  private readonly proc: Started;

  constructor(logDir: string, name: string) {
    const file = path.join(ROOT, "bench/concurrency/driver.ts");
    this.proc = start(name, [process.execPath, file], { cwd: ROOT, env: benchEnv(), logFile: path.join(logDir, `${name}.log`), ipc: true });
  }

  request(command: DriverCommand, timeoutMs: number): Promise<DriverReply> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done({ kind: "error", message: `driver: no answer to ${command.cmd} within ${timeoutMs} ms` }), timeoutMs);
      const onMessage = (message: DriverReply) => done(message);
      const onExit = () => done({ kind: "error", message: "driver process exited" });
      const done = (message: DriverReply) => {
        clearTimeout(timer);
        this.proc.child.off("message", onMessage);
        this.proc.child.off("exit", onExit);
        resolve(message);
      };
      this.proc.child.on("message", onMessage);
      this.proc.child.once("exit", onExit);
      this.proc.child.send(command);
    });
  }

  async stop(): Promise<void> {
    if (this.proc.alive()) this.proc.child.send({ cmd: "exit" } satisfies DriverCommand);
    await Promise.race([this.proc.exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    await stop(this.proc);
  }
}

export async function runSteps(target: Target, server: DevServer, origin: string, plan: LoadPlan, logDir: string): Promise<{ steps: StepResult[]; stoppedBecause: string }> {
  const driver = new Driver(logDir, `driver-${target}`);
  const steps: StepResult[] = [];
  let stoppedBecause = "all steps held";
  let limits: number[] = [];
  const descriptorsBefore = (held: StepResult[]) => {
    const last = held.at(-1);
    if (!last) return "";
    const per = last.workerd.map((w, i) => `${w.role} ${w.fds} of ${limits[i] ?? "?"}`).join(", ");
    return ` (at N=${last.conversations} the workerd processes held ${per} open files, ~${Math.round(Math.max(...last.workerd.map((w) => w.fds)) / last.conversations)} per pair)`;
  };
  try {
    for (const n of plan.steps) {
      const left = plan.deadline - Date.now();
      if (left < 20_000) {
        stoppedBecause = `phase time budget spent before N=${n}`;
        break;
      }
      const timeoutMs = Math.min(plan.setupTimeoutMs, left - 15_000);
      const grown = await driver.request({ cmd: "grow", target, base: server.base, origin, to: n, parallel: plan.parallelSetup, timeoutMs }, timeoutMs + 20_000);
      if (grown.kind !== "grown" || grown.pairs < n) {
        const opened = grown.kind === "grown" ? `opened ${grown.pairs} of ${n} pairs: ${grown.error}` : describe(grown);
        const why = `${opened}${descriptorsBefore(steps)}`;
        steps.push(failedStep(n, server, why));
        stoppedBecause = `N=${n}: ${why}${serverState(server)}`;
        break;
      }
      const pids = workerdSamples(server.process.pid).map((s) => s.pid);
      limits = pids.map((pid) => openFileLimit(pid));
      // Let the setup's own aftermath (briefings, one-shot safety alarms) pass, then measure the quiet.
      await sleep(SETTLE_MS);
      const idleFrom = cpuMsOf(pids);
      await sleep(IDLE_MS);
      const blastFrom = cpuMsOf(pids);
      const load = round(loadavg()[0] ?? 0, 2);
      const blastFromEach = pids.map((pid) => cpuMsOf([pid]));
      const idleCpuPct = round(((blastFrom - idleFrom) / IDLE_MS) * 100);
      const blastMs = plan.messagesPerConversation * plan.intervalMs + plan.drainMs + 30_000;
      const blasted = await driver.request({ cmd: "blast", messages: plan.messagesPerConversation, intervalMs: plan.intervalMs, drainMs: plan.drainMs }, blastMs);
      const blastCpu = cpuMsOf(pids) - blastFrom;
      const perMsg = (pid: number) => {
        const i = pids.indexOf(pid);
        const delivered = blasted.kind === "blasted" ? Math.max(1, blasted.delivered) : 1;
        return i < 0 ? Number.NaN : round((cpuMsOf([pid]) - (blastFromEach[i] ?? 0)) / delivered, 3);
      };
      const samples = workerdSamples(server.process.pid);
      if (blasted.kind !== "blasted") {
        steps.push(failedStep(n, server, describe(blasted)));
        stoppedBecause = `N=${n}: ${describe(blasted)}${serverState(server)}`;
        break;
      }
      const ratio = blasted.sent > 0 ? blasted.delivered / blasted.sent : 0;
      const lost = ratio < 1 ? `${blasted.sent - blasted.delivered} of ${blasted.sent} messages lost; ${blasted.closedSockets} pairs closed (${blasted.firstClose ?? "-"})` : null;
      steps.push({
        conversations: n,
        delivered_ratio: round(ratio, 5),
        p50: blasted.p50,
        p99: blasted.p99,
        max: blasted.max,
        first_p50: blasted.first_p50,
        first_p99: blasted.first_p99,
        rss_mb: round(samples.reduce((sum, s) => sum + s.rssMb, 0)),
        workerd: samples.map(({ pid, role, rssMb, fds }) => ({ role, rssMb, fds, cpuMsPerMsg: perMsg(pid) })),
        setup_ms: grown.ms,
        idle_cpu_pct: idleCpuPct,
        cpu_ms_per_msg: round(blastCpu / Math.max(1, blasted.delivered), 3),
        load,
        error: lost,
      });
      if (lost) {
        stoppedBecause = `N=${n}: ${lost}${serverState(server)}`;
        break;
      }
    }
  } finally {
    await driver.stop();
  }
  return { steps, stoppedBecause };
}

function describe(reply: DriverReply): string {
  return reply.kind === "error" ? reply.message : `unexpected reply ${reply.kind}`;
}

function failedStep(n: number, server: DevServer, error: string): StepResult {
  const samples = workerdSamples(server.process.pid);
  return {
    conversations: n,
    delivered_ratio: 0,
    p50: Number.NaN,
    p99: Number.NaN,
    max: Number.NaN,
    first_p50: Number.NaN,
    first_p99: Number.NaN,
    rss_mb: round(samples.reduce((sum, s) => sum + s.rssMb, 0)),
    workerd: samples.map(({ role, rssMb, fds }) => ({ role, rssMb, fds, cpuMsPerMsg: Number.NaN })),
    setup_ms: 0,
    idle_cpu_pct: Number.NaN,
    cpu_ms_per_msg: Number.NaN,
    load: round(loadavg()[0] ?? 0, 2),
    error: `${error}${serverState(server)}`,
  };
}

/** Whether the server is still up, and the runtime's own complaint (e.g. EMFILE) if its log has one. */
function serverState(server: DevServer): string {
  const alive = server.process.alive() ? "" : "; wrangler dev has exited";
  let log = "";
  try {
    log = readFileSync(server.process.logFile, "utf8");
  } catch {
    return alive;
  }
  const complaint = /.*(Too many open files|os error 24|EMFILE|out of memory|Killed).*/.exec(log)?.[0]?.trim();
  return `${alive}${complaint ? `; server log: ${complaint.slice(0, 200)}` : ""}`;
}
