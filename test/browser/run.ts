/**
 * `npm run test:browser`: the product end to end in a real Chromium —
 * demo site, widget, console — against `wrangler dev` with throwaway state.
 *
 *   npm run test:browser                   (CHROMIUM_PATH overrides /usr/bin/chromium)
 *   npm run test:browser -- --only reports (only the scenarios whose name contains "reports")
 *
 * Screenshots land in test/artifacts/ (widget.png, console.png,
 * widget-phone.png, offer-toast.png, private-note.png, canned-picker.png,
 * transfer-dialog.png, transfer-received.png, followup-taken.png, released.png,
 * settings-teams.png, settings-routing.png, knowledge-gaps.png; failure-*.png when a scenario
 * fails), next to the server's log (server.log).
 */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromiumPath, launchChromium } from "./lib/browser.ts";
import { RunContext } from "./lib/run-context.ts";
import { runScenarios, summarize, type Scenario } from "./lib/scenarios.ts";
import { guardRun, onTeardown, teardown } from "./lib/teardown.ts";
import { gapScenarios } from "./scenarios/gaps.ts";
import { handoffScenarios, type HandoffState } from "./scenarios/handoff.ts";
import { hostileCssScenarios } from "./scenarios/hostile-css.ts";
import { languageScenarios } from "./scenarios/language.ts";
import { offerScenarios, type OfferState } from "./scenarios/offers-notes.ts";
import { phoneScenarios } from "./scenarios/phone.ts";
import { releaseScenarios } from "./scenarios/release.ts";
import { reportScenarios } from "./scenarios/reports.ts";
import { answerThumbsScenarios, handoffVerdictScenarios, ratingScenarios, RESOLVE_STEP } from "./scenarios/satisfaction.ts";
import { transferScenarios } from "./scenarios/transfer-followup.ts";
import { waitingScenarios } from "./scenarios/waiting.ts";
import { workspaceScenarios } from "./scenarios/workspaces.ts";
import { xssScenarios } from "./scenarios/xss.ts";
import { stopAll } from "./server/processes.ts";
import { ROOT, startTestServer } from "./server/test-server.ts";

const RUN_LIMIT_MS = 5 * 60_000;
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt === -1 ? null : (process.argv[onlyAt + 1] ?? "").toLowerCase();
const ARTIFACTS = path.join(ROOT, "test/artifacts");

async function main(): Promise<boolean> {
  const executable = chromiumPath();
  freshArtifacts();
  const started = Date.now();
  const server = await startTestServer(ARTIFACTS);
  console.log(`Server ready at ${server.baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${server.logPath})`);
  const browser = await launchChromium(executable);
  onTeardown("Chromium", () => browser.close());
  console.log(`Chromium ${browser.version()}\n`);

  const run = new RunContext({ browser, baseUrl: server.baseUrl, agent: server.agent, artifacts: ARTIFACTS, authSecret: server.authSecret });
  onTeardown("browser contexts", () => run.close());
  const handoff: HandoffState = { visitor: null, agent: null, conversationId: "" };
  const offer: OfferState = { visitor: null, conversationId: "", api: null };
  const all: Scenario[] = [
    ...withVerdict(handoffScenarios(run, handoff), handoffVerdictScenarios(handoff)),
    ...ratingScenarios(run, handoff),
    ...answerThumbsScenarios(run),
    ...xssScenarios(run, () => handoff.agent),
    ...hostileCssScenarios(run),
    ...phoneScenarios(run),
    ...waitingScenarios(run, () => handoff.agent),
    ...languageScenarios(run),
    ...workspaceScenarios(run, () => handoff.agent),
    ...offerScenarios(run, () => handoff.agent, offer),
    ...transferScenarios(run, () => handoff.agent, offer),
    ...releaseScenarios(run, () => handoff.agent, () => offer.api),
    ...reportScenarios(run),
    ...gapScenarios(run),
    noPageErrors(run),
  ];
  const outcomes = await runScenarios(
    only ? all.filter((s) => s.name.toLowerCase().includes(only) || s.name === "no uncaught errors in any page") : all,
    async (name) => {
      const files = await run.photographAll(name);
      if (files.length > 0) console.log(`        screenshots: ${files.map((f) => path.relative(ROOT, f)).join(", ")}`);
    },
  );
  const passed = summarize(outcomes);
  if (!passed) console.log(`Server log: ${path.relative(ROOT, server.logPath)}`);
  return passed;
}

/** The main story with the handoff verdict given just before the agent resolves (it needs the live conversation). */
function withVerdict(story: Scenario[], verdict: Scenario[]): Scenario[] {
  const at = story.findIndex((s) => s.name === RESOLVE_STEP);
  return [...story.slice(0, at), ...verdict, ...story.slice(at)];
}

/** Last: no page threw an uncaught error at any point, even where every visible step passed. */
function noPageErrors(run: RunContext): Scenario {
  return {
    name: "no uncaught errors in any page",
    run: async () => {
      const lines = run.pageErrors.map((e) => `${e.who} ${e.url}: ${e.message}`);
      assert.deepEqual(lines, [], `uncaught page errors:\n${lines.join("\n")}`);
    },
  };
}

/** Drops the previous run's screenshots and log, so what is there belongs to this run. */
function freshArtifacts(): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const name of readdirSync(ARTIFACTS)) {
    if (/\.(png|log)$/.test(name)) rmSync(path.join(ARTIFACTS, name), { force: true });
  }
}

const release = guardRun(RUN_LIMIT_MS);
onTeardown("child processes", stopAll); // first in, so it runs last: whatever else is still up
let exitCode = 1;
try {
  exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`\nBrowser tests could not run: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await teardown();
  release();
}
process.exit(exitCode);
