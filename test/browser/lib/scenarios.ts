/**
 * A small sequential scenario runner. Scenarios share one server and often
 * one conversation, so they run in order; a scenario whose prerequisite
 * failed is skipped (and counted as not passed) rather than failing again
 * with a confusing secondary error.
 */
import { withTimeout } from "./wait.ts";

const SCENARIO_MS = 60_000;

export interface Scenario {
  name: string;
  /** Names of earlier scenarios this one builds on. */
  needs?: string[];
  timeoutMs?: number;
  run: () => Promise<void>;
}

export interface Outcome {
  name: string;
  status: "pass" | "fail" | "skip";
  ms: number;
  detail?: string;
}

export async function runScenarios(scenarios: Scenario[], onFailure: (name: string) => Promise<void>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const failed = new Set<string>();
  for (const scenario of scenarios) {
    const missing = (scenario.needs ?? []).filter((name) => failed.has(name));
    if (missing.length > 0) {
      failed.add(scenario.name);
      outcomes.push(report({ name: scenario.name, status: "skip", ms: 0, detail: `needs: ${missing.join(", ")}` }));
      continue;
    }
    const started = Date.now();
    try {
      await withTimeout(`scenario "${scenario.name}"`, scenario.timeoutMs ?? SCENARIO_MS, scenario.run());
      outcomes.push(report({ name: scenario.name, status: "pass", ms: Date.now() - started }));
    } catch (error) {
      failed.add(scenario.name);
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      outcomes.push(report({ name: scenario.name, status: "fail", ms: Date.now() - started, detail }));
      await onFailure(scenario.name).catch(() => undefined);
    }
  }
  return outcomes;
}

function report(outcome: Outcome): Outcome {
  const mark = { pass: "✔ pass", fail: "✘ FAIL", skip: "- skip" }[outcome.status];
  const time = outcome.status === "skip" ? "" : ` (${(outcome.ms / 1000).toFixed(1)} s)`;
  console.log(`${mark}  ${outcome.name}${time}`);
  if (outcome.detail) console.log(indent(outcome.detail));
  return outcome;
}

function indent(text: string): string {
  return text
    .split("\n")
    .slice(0, 40)
    .map((line) => `        ${line}`)
    .join("\n");
}

export function summarize(outcomes: Outcome[]): boolean {
  const count = (status: Outcome["status"]) => outcomes.filter((o) => o.status === status).length;
  console.log(`\n${count("pass")} passed, ${count("fail")} failed, ${count("skip")} skipped`);
  return count("fail") === 0 && count("skip") === 0;
}
