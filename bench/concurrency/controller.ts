/**
 * Runs the concurrency steps against one server: grows the driver's pairs to
 * each N and measures the step (step.ts). Stops stepping when a step fails to
 * hold (pairs cannot be opened, messages are lost, the server dies), and
 * says why, with the descriptors the workerd processes held.
 */
import { readFileSync } from "node:fs";
import { openFileLimit, workerdSamples } from "../lib/proc-stats.ts";
import type { DevServer } from "../lib/wrangler-dev.ts";
import { describe, DriverHandle } from "./driver-handle.ts";
import type { Target } from "./messages.ts";
import { failedStep, measureStep, type StepPlan, type StepResult } from "./step.ts";

export type { StepResult } from "./step.ts";

export interface LoadPlan extends StepPlan {
  steps: number[];
  parallelSetup: number;
  /** Setup budget per step, and the whole phase's deadline. */
  setupTimeoutMs: number;
  deadline: number;
}

export async function runSteps(target: Target, server: DevServer, origin: string, plan: LoadPlan, logDir: string): Promise<{ steps: StepResult[]; stoppedBecause: string }> {
  const driver = new DriverHandle(logDir, `driver-${target}`);
  const steps: StepResult[] = [];
  let stoppedBecause = "all steps held";
  try {
    for (const n of plan.steps) {
      const left = plan.deadline - Date.now();
      if (left < 30_000) {
        stoppedBecause = `phase time budget spent before N=${n}`;
        break;
      }
      const timeoutMs = Math.min(plan.setupTimeoutMs, left - 25_000);
      const grown = await driver.request({ cmd: "grow", target, base: server.base, origin, to: n, parallel: plan.parallelSetup, timeoutMs }, timeoutMs + 20_000);
      if (grown.kind !== "grown" || grown.pairs < n) {
        const opened = grown.kind === "grown" ? `opened ${grown.pairs} of ${n} pairs: ${grown.error}` : describe(grown);
        const why = `${opened}${descriptors(server, steps.at(-1))}${serverState(server)}`;
        steps.push(failedStep(n, server, why));
        stoppedBecause = `N=${n}: ${why}`;
        break;
      }
      let step: StepResult;
      try {
        step = { ...(await measureStep(driver, server, n, grown.ms, plan)), setup_retries: grown.failed };
      } catch (error) {
        step = failedStep(n, server, `${String(error)}${serverState(server)}`);
      }
      steps.push(step);
      if (step.error) {
        stoppedBecause = `N=${n}: ${step.error}${serverState(server)}`;
        break;
      }
    }
  } finally {
    await driver.stop();
  }
  return { steps, stoppedBecause };
}

/** How many files each workerd held at the last step that held, against its limit. */
function descriptors(server: DevServer, last: StepResult | undefined): string {
  if (!last) return "";
  const limits = workerdSamples(server.process.pid).map((s) => `${s.role} limit ${openFileLimit(s.pid)}`).join(", ");
  const held = last.workerd.map((w) => `${w.role} ${w.fds}`).join(", ");
  const perPair = Math.round(Math.max(...last.workerd.map((w) => w.fds)) / last.conversations);
  return ` (at N=${last.conversations} the workerd processes held ${held} open files, ~${perPair} per pair; ${limits})`;
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
