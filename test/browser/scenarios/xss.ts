/**
 * Markup in messages is text, everywhere it is shown: a visitor's payload in
 * the console (queue card, briefing, transcript) and an agent's payload in
 * the widget. Uses a conversation of its own so the main one stays clean.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import type { ConsolePage } from "../pages/console-page.ts";
import { byTestId, WidgetPage } from "../pages/widget-page.ts";

const IMG = "<img src=x onerror=window.__xss=1>";
const ASK_FOR_PERSON = "Can I talk to a person, please?";
const SCRIPT_AND_LINK = `<script>window.__xss=2</script> see https://example.com/"onmouseover="window.__xss=3 <b>bold</b>`;

export function xssScenarios(run: RunContext, agentPage: () => ConsolePage | null): Scenario[] {
  return [
    {
      name: "markup sent by the visitor shows as text in the console, and by the agent as text in the widget",
      needs: ["agent signs in to the console; the queue is empty"],
      run: async () => {
        const agent = agentPage() ?? assert.fail("no console page");
        const visitor = await WidgetPage.open(await run.person("xss-visitor"), run.url("/"));
        await visitor.openPanel();
        await visitor.send(IMG);
        await visitor.waitForMessage("visitor", IMG);
        // Asked in words this time (the trigger engine), once the assistant has had its turn.
        await waitFor("the assistant's turn", async () => (await visitor.texts("ai")).length > 1 || (await queued(visitor)));
        if (!(await queued(visitor))) await visitor.send(ASK_FOR_PERSON);
        await waitFor("the conversation to be queued", () => queued(visitor));
        const id = await visitor.conversationId();

        const card = agent.queueItem(id);
        await card.waitFor({ state: "visible" });
        assert.match((await card.textContent()) ?? "", /<img src=x onerror=window.__xss=1>/, "the queue card shows the question as text");
        await agent.claim(id);
        await agent.waitForMessage("visitor", IMG);
        await visitor.send(SCRIPT_AND_LINK);
        await agent.waitForMessage("visitor", SCRIPT_AND_LINK);

        await agent.reply(IMG);
        await visitor.waitForMessage("agent", IMG);
        await agent.reply(SCRIPT_AND_LINK);
        await visitor.waitForMessage("agent", SCRIPT_AND_LINK);

        // The one URL became a link, cut before the quote; nothing else became markup.
        for (const links of [
          visitor.page.locator(`${byTestId("baton-message")}[data-role="agent"] .bubble a`),
          agent.page.locator(`${byTestId("transcript")} ${byTestId("message")}[data-role="visitor"] .bubble a`),
        ]) {
          assert.deepEqual(await links.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttributeNames().sort().join(",")])), [
            ["https://example.com/", "href,rel,target"],
          ]);
        }
        await hoverLinks(visitor.page, agent.page);
        assert.equal(await visitor.imageCount(), 0, "no img element in the widget");
        assert.equal(await agent.page.locator("img[src='x'], .bubble img, .bubble script, .bubble b").count(), 0, "no injected element in the console");
        assert.equal(await visitor.page.locator(".bubble script, .bubble b").count(), 0, "no injected element in the widget");
        for (const page of [visitor.page, agent.page]) {
          assert.equal(await page.evaluate(() => (window as { __xss?: unknown }).__xss), undefined, `window.__xss was set on ${page.url()}`);
        }
      },
    },
  ];
}

async function queued(visitor: WidgetPage): Promise<boolean> {
  return (await visitor.textOf("baton-status")).includes("Waiting for a teammate");
}

/** An injected onmouseover would fire now, if the attribute had got through. */
async function hoverLinks(...pages: Page[]): Promise<void> {
  for (const page of pages) {
    const link = page.locator(".bubble a[href='https://example.com/']").last();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
  }
}
