/**
 * Satisfaction, within the main story (handoff.ts): the agent marks the
 * handoff "not needed" in the console (still shown after a reload), and once
 * they resolve, the visitor rates the conversation in the widget. Beside it,
 * a visitor of its own marks an AI answer helpful.
 */
import assert from "node:assert/strict";
import path from "node:path";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import { byTestId, WidgetPage } from "../pages/widget-page.ts";
import { ROOT } from "../server/test-server.ts";
import type { HandoffState } from "./handoff.ts";

const RESOLVED = "agent resolves; the visitor sees the conversation resolved";

/** The main story's step these go around (run.ts puts the verdict before it, the rating after). */
export const RESOLVE_STEP = RESOLVED;

export function ratingScenarios(run: RunContext, state: HandoffState): Scenario[] {
  const visitor = () => state.visitor ?? assert.fail("no visitor page");
  return [
    {
      name: "after the agent resolves, the visitor rates the conversation once",
      needs: [RESOLVED],
      run: async () => {
        // The panel is still open from the main story.
        const card = visitor().part("baton-rating");
        await card.waitFor({ state: "visible", timeout: 10_000 });
        await visitor().part("baton-rating-comment").fill("Sam sorted it in minutes");
        await visitor().page.screenshot({ path: path.join(ROOT, "test/browser/screenshots/widget-rating.png") });
        await visitor().page.locator(`${byTestId("baton-rating-star")}[data-score="5"]`).click();
        await visitor().part("baton-rating-thanks").waitFor({ state: "visible" });
        // Rated: a reload does not ask again.
        await visitor().page.reload();
        await visitor().openPanel();
        await visitor().waitForText("baton-status", "Resolved");
        await visitor().part("baton-talk-to-person").waitFor({ state: "visible" });
        assert.equal(await visitor().part("baton-rating").count(), 0, "asked again after rating");
      },
    },
  ];
}

/** While the conversation is the agent's (before the resolve): the verdict, and the verdict after a reload. */
export function handoffVerdictScenarios(state: HandoffState): Scenario[] {
  const agent = () => state.agent ?? assert.fail("no console page");
  return [
    {
      name: "the agent marks the handoff not needed; the console shows it after a reload",
      needs: ["agent claims; the visitor sees the agent join by name"],
      run: async () => {
        const open = async () => {
          await agent().mineItem(state.conversationId).click();
          await agent().part("handoff-verdict").waitFor({ state: "visible" });
        };
        await open();
        await agent().part("handoff-verdict-not_needed").click();
        const verdict = async () => agent().part("handoff-verdict").getAttribute("data-verdict");
        await waitFor("the verdict to be stored", async () => (await verdict()) === "not_needed");
        await agent().page.reload();
        await agent().part("top-bar").waitFor({ state: "visible" });
        await open();
        await waitFor("the stored verdict to be shown", async () => (await verdict()) === "not_needed");
        assert.equal(await agent().part("handoff-verdict-too_late").isDisabled(), true, "a handoff is judged once");
      },
    },
  ];
}

/** A visitor of its own: thumbs under the AI's answer, "Thanks" once the server stored it, not asked again after a reload. */
export function answerThumbsScenarios(run: RunContext): Scenario[] {
  return [
    {
      name: "the visitor marks the AI answer helpful once; a reload does not ask again",
      run: async () => {
        const widget = await WidgetPage.open(await run.person("thumbs-visitor"), run.url("/"));
        await widget.openPanel();
        await widget.send("How long does delivery to Germany take?");
        await widget.waitForMessage("ai", "working days", true);
        await widget.part("baton-answer-thumbs").waitFor({ state: "visible", timeout: 10_000 });
        await widget.page.screenshot({ path: path.join(ROOT, "test/browser/screenshots/widget-answer-thumbs.png") });
        await widget.part("baton-answer-up").click();
        // Only the server's feedback_saved brings the thanks.
        await widget.part("baton-answer-thanks").waitFor({ state: "visible" });
        // widget-handoff.js draws the thumbs; it loads once an answer is there, and draws as it arrives.
        const handoffChunk = widget.page.waitForResponse((response) => response.url().includes("/widget-handoff.js"));
        await widget.page.reload();
        await widget.openPanel();
        await widget.waitForMessage("ai", "working days", true);
        await handoffChunk;
        await widget.page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        assert.equal(await widget.part("baton-answer-thumbs").count(), 0, "asked again after marking");
      },
    },
  ];
}
