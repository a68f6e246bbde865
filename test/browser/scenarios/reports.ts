/**
 * The Reports tab on the seeded history (npm run seed writes eight weeks of
 * past conversations): the charts' chunk is not part of the first load; the
 * numbers on screen are the API's; a figure opens the conversations behind
 * it and one of them opens in the transcript view; /console/reports opens the tab.
 */
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { formatFigure } from "../../../console/src/reports/report-format.ts";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import type { ReportConversations, ReportSummary } from "../../../worker/protocol/index.ts";
import { agentApiAs } from "../lib/agent-api.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import { ConsolePage } from "../pages/console-page.ts";
import { byTestId } from "../pages/widget-page.ts";
import { ROOT } from "../server/test-server.ts";

const CHUNK = /\/console\/chunks\/reports-screen-[^/]+\.js$/;

export function reportScenarios(run: RunContext): Scenario[] {
  let owner: ConsolePage | null = null;
  let query = "";
  const opened = "reports: the tab loads its chunk only when opened, and shows the API's figures";
  return [
    {
      name: opened,
      run: async () => {
        const context = await run.person("reports-owner", { viewport: { width: 1440, height: 1000 } });
        const fetched: string[] = [];
        context.on("request", (request) => fetched.push(request.url()));
        owner = await ConsolePage.login(context, run.baseUrl, DEMO.agents[0]);
        assert.equal(fetched.filter((url) => CHUNK.test(url)).length, 0, "the first load fetched the Reports chunk");
        await owner.part("reports-nav").click();
        await ready(owner);
        assert.equal(fetched.filter((url) => CHUNK.test(url)).length, 1, "opening Reports did not fetch its chunk once");
        // The page's own query (its CSV links carry it), so the API is asked exactly what the screen asked.
        const href = (await owner.page.locator(`${byTestId("report-csv")}[data-table="figures"]`).getAttribute("href")) ?? "";
        query = new URL(href, run.baseUrl).search.slice(1);
        assert.match(query, /from=\d+&to=\d+/);
        const api = await agentApiAs(run, DEMO.agents[0], DEMO.workspace.id);
        const summary = await api.call<ReportSummary>("GET", `/reports/summary?${query}`);
        const conversations = summary.figures.find((f) => f.key === "conversations");
        assert.ok(conversations && (conversations.value ?? 0) > 50, `the seeded history is not in the report: ${JSON.stringify(conversations)}`);
        for (const figure of summary.figures) {
          const shown = await owner.page.locator(`${byTestId("report-figure")}[data-metric="${figure.key}"] ${byTestId("report-figure-value")}`).textContent();
          assert.equal(shown, formatFigure(figure), `${figure.key} on screen`);
        }
        for (const breakdown of summary.breakdowns) {
          const table = owner.page.locator(`${byTestId("report-breakdown")}[data-by="${breakdown.by}"]`);
          for (const row of breakdown.rows) {
            const cell = table.locator(`${byTestId("report-row")}[data-group="${row.id}"] ${byTestId("report-row-conversations")}`);
            assert.equal(await cell.textContent(), String(row.conversations), `${breakdown.by} ${row.id} conversations`);
          }
        }
        assert.equal(await owner.part("report-chart-volume").locator("canvas").count(), 1, "the volume chart is drawn");
        await owner.page.screenshot({ path: run.artifact("reports.png") });
        copyFileSync(run.artifact("reports.png"), path.join(ROOT, "test/browser/screenshots/reports.png"));
      },
    },
    {
      name: "reports: a figure opens the conversations behind it, and one opens as its transcript",
      needs: [opened],
      run: async () => {
        if (!owner) assert.fail("no console");
        await owner.part("report-figure").and(owner.page.locator('[data-metric="escalation_rate"]')).click();
        const drill = owner.part("report-drill");
        await drill.waitFor({ state: "visible" });
        await owner.part("report-drill-list").waitFor({ state: "visible" });
        const api = await agentApiAs(run, DEMO.agents[0], DEMO.workspace.id);
        const behind = await api.call<ReportConversations>("GET", `/reports/conversations?${query}&metric=escalation_rate`);
        assert.equal(await owner.part("report-drill-total").getAttribute("data-total"), String(behind.total));
        const shownIds = await owner.part("report-conversation").evaluateAll((items) => items.map((i) => i.getAttribute("data-conversation-id")));
        assert.deepEqual(shownIds, behind.conversations.map((c) => c.id));
        const first = behind.conversations[0];
        if (!first) assert.fail("no conversation behind the handed-off figure");
        await owner.page.locator(`${byTestId("report-conversation")}[data-conversation-id="${first.id}"]`).click();
        await drill.locator(byTestId("past-transcript")).waitFor({ state: "visible" });
        assert.ok((await drill.locator(`${byTestId("past-messages")} li`).count()) > 0, "the transcript has no messages");
        await owner.page.screenshot({ path: run.artifact("reports-drill.png") });
      },
    },
    {
      name: "reports: /console/reports opens the tab",
      needs: [opened],
      run: async () => {
        if (!owner) assert.fail("no console");
        await owner.page.goto(run.url("/console/reports"));
        await ready(owner);
        assert.equal(await owner.part("reports-nav").getAttribute("aria-current"), "page");
        assert.match(owner.page.url(), /\/console\/#\/reports$/);
      },
    },
  ];
}

async function ready(console: ConsolePage): Promise<void> {
  await console.part("reports-screen").waitFor({ state: "visible", timeout: 30_000 });
  const outcome = await waitFor(
    "the report to load",
    async () => ((await console.part("reports-error").count()) > 0 ? "error" : (await console.part("report-figures").count()) === 1 ? "loaded" : false),
    30_000,
  );
  // Say what the screen said (e.g. the API's 404 before the report routes exist), not only that it timed out.
  if (outcome === "error") assert.fail(`the Reports screen shows an error: ${await console.part("reports-error").locator("span").textContent()}`);
}
