/**
 * Waiting for a person, as a visitor sees it: two visitors ask while the
 * demo agent is online and has claimed neither — each is told their place
 * in line and an estimate; the second leaves an email instead ("Email me
 * instead": the form checks the address, the team confirms it, the
 * conversation becomes a follow-up); then the link an agent's emailed reply
 * carries reopens that conversation on another device.
 */
import assert from "node:assert/strict";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import { issueResumeToken, RESUME_FRAGMENT } from "../../../worker/email/resume-link.ts";
import { agentApiAs } from "../lib/agent-api.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import type { ConsolePage } from "../pages/console-page.ts";
import { WidgetPage } from "../pages/widget-page.ts";

const PLACE = /^You're (\d+)(st|nd|rd|th) in line — (less than a minute|up to \d+ minutes|about \d+–\d+ minutes)$/;
const EMAIL = "ana.waiting@example.test";

export function waitingScenarios(run: RunContext, agentConsole: () => ConsolePage | null): Scenario[] {
  let second: WidgetPage | null = null;
  let secondId = "";
  const first = "two visitors ask for a person before anyone claims: each sees their place in line and an estimate";
  const emailed = "“Email me instead”: the form checks the address, the team confirms it, a follow-up it is";

  return [
    {
      name: first,
      run: async () => {
        const agent = agentConsole() ?? assert.fail("the demo agent's console is not open");
        const askers: { widget: WidgetPage; id: string; place: number }[] = [];
        for (const who of ["waiting-visitor-1", "waiting-visitor-2"]) {
          const widget = await WidgetPage.open(await run.person(who), run.url("/"));
          await widget.openPanel();
          await widget.part("baton-talk-to-person").click();
          const match = await waitFor(`${who}'s place in line`, async () => PLACE.exec(await widget.textOf("baton-handoff-note")) ?? undefined);
          const id = await widget.conversationId();
          await agent.queueItem(id).waitFor({ state: "visible" });
          askers.push({ widget, id, place: Number(match[1]) });
        }
        const [one, two] = askers;
        if (!one || !two) assert.fail("two visitors");
        assert.equal(two.place, one.place + 1, "the second is right behind the first");
        if (one.place === 1) assert.match(await two.widget.textOf("baton-handoff-note"), /^You're 2nd in line/);
        await two.widget.waitForText("baton-status", "Waiting for a teammate");
        assert.equal(await two.widget.part("baton-email-me").count(), 1, "“Email me instead” is offered while waiting");
        second = two.widget;
        secondId = two.id;
        await two.widget.page.screenshot({ path: run.artifact("widget-waiting.png") });
        // The first has done its part: a teammate takes and resolves it, so later scenarios start with only the second waiting.
        await (await agentApiAs(run, teammate(), DEMO.workspace.id)).settle(one.id);
        await agent.queueItem(one.id).waitFor({ state: "detached" });
      },
    },
    {
      name: emailed,
      needs: [first],
      run: async () => {
        const widget = second ?? assert.fail("no waiting visitor");
        await widget.part("baton-email-me").click();
        await widget.part("baton-email-form").waitFor({ state: "visible" });
        await widget.part("baton-email-input").fill("not an address");
        await widget.part("baton-email-submit").click();
        await widget.waitForText("baton-email-error", "Please enter a valid email address.");
        await widget.page.screenshot({ path: run.artifact("widget-email-form.png") });
        await widget.part("baton-email-input").fill(EMAIL);
        await widget.part("baton-email-name").fill("Ana");
        await widget.part("baton-email-submit").click();
        await widget.waitForText("baton-handoff-note", `We'll answer by email at ${EMAIL}. You can close this page.`);
        await widget.waitForText("baton-status", "A teammate will answer later");
        await widget.waitForMessage("system", `Thanks! A teammate will answer by email at ${EMAIL}.`, true);
        assert.equal(await widget.part("baton-email-form").count(), 0, "the form has done its job");
        assert.equal(await widget.part("baton-email-me").count(), 0, "no second address is asked for");
        // It left the waiting queue; the agent finds it among the follow-ups.
        const agent = agentConsole() ?? assert.fail("no console");
        await waitFor("the follow-up to leave the waiting queue", async () => (await agent.queueItem(secondId).count()) === 0);
        // The page may go and come back: the confirmation stands.
        await widget.page.reload();
        await widget.openPanel();
        await widget.waitForText("baton-handoff-note", `We'll answer by email at ${EMAIL}.`);
      },
    },
    {
      name: "an emailed link back reopens the conversation on another device and leaves the address bar",
      needs: [emailed],
      run: async () => {
        const { token } = await issueResumeToken(run.authSecret, { conversationId: secondId, siteId: "demo" }, 60 * 60_000);
        const context = await run.person("resuming-visitor");
        const page = await context.newPage();
        await page.goto(run.url(`/#${RESUME_FRAGMENT}=${token}`));
        const widget = new WidgetPage(page);
        // Opened by the link itself, with the conversation's history.
        await widget.panel().waitFor({ state: "visible" });
        await widget.waitForMessage("system", `Thanks! A teammate will answer by email at ${EMAIL}.`, true);
        await widget.waitForText("baton-status", "A teammate will answer later");
        assert.equal(await widget.conversationId(), secondId, "this browser now holds that conversation");
        assert.equal(new URL(page.url()).hash, "", "the token is gone from the address bar");
      },
    },
  ];
}

function teammate(): { email: string; password: string } {
  return DEMO.agents[1] ?? assert.fail("the demo workspace has a second agent");
}
