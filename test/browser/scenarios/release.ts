/**
 * Nobody is left with a gone agent, as the agent sees it: with the site's
 * unanswered deadline at its shortest (30 s, through the API), a visitor's
 * message the agent leaves unanswered takes the conversation from them: a
 * toast says why and it leaves Mine. The deadline is put back afterwards.
 */
import assert from "node:assert/strict";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import type { AgentApi } from "../lib/agent-api.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import type { ConsolePage } from "../pages/console-page.ts";
import { WidgetPage } from "../pages/widget-page.ts";

type SiteSettings = Record<string, unknown> & { routing: Record<string, unknown> };

export function releaseScenarios(run: RunContext, agentPage: () => ConsolePage | null, api: () => AgentApi | null): Scenario[] {
  const agent = () => agentPage() ?? assert.fail("no console page");
  return [
    {
      name: "a visitor's message left unanswered past the deadline: the conversation leaves Mine with a toast saying why",
      needs: ["agent signs in to the console; the queue is empty"],
      timeoutMs: 90_000,
      run: async () => {
        const session = api() ?? assert.fail("no API session");
        const path = `/sites/${DEMO.site.id}`;
        const { site } = await session.call<{ site: { settings: SiteSettings } }>("GET", path);
        const shortest = { ...site.settings, routing: { ...site.settings.routing, unansweredMinutes: 0.5 } };
        await session.call("PATCH", path, { settings: shortest });
        try {
          const visitor = await WidgetPage.open(await run.person("silent-agent-visitor"), run.url("/"));
          await visitor.openPanel();
          await visitor.send("Do you repair tent zips?");
          await visitor.waitForMessage("visitor", "Do you repair tent zips?");
          const id = await visitor.conversationId();
          await visitor.part("baton-talk-to-person").click();
          await agent().queueItem(id).waitFor({ state: "visible" });
          await agent().claim(id);
          await visitor.send("Hello? Is anyone there?");
          await agent().waitForMessage("visitor", "Hello? Is anyone there?");
          // 30 s of silence from the agent, then the conversation's alarm releases it to the queue.
          await waitFor("the release toast", async () => (await agent().part("toast").allTextContents()).some((t) => /went unanswered past the site's deadline/.test(t)), 60_000);
          assert.equal(await agent().mineItem(id).count(), 0, "the released conversation is still in Mine");
          await agent().queueItem(id).waitFor({ state: "visible" });
          await visitor.waitForMessage("system", "couldn't get back to you in time", true);
          await agent().page.screenshot({ path: run.artifact("released.png") });
          // Claimed back and finished, so nothing waits when the run ends.
          await agent().claim(id);
          await agent().part("resolve-button").click();
          await agent().waitForState(id, "resolved");
        } finally {
          await session.call("PATCH", path, { settings: site.settings });
        }
      },
    },
  ];
}
