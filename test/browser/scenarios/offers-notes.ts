/**
 * Routing in the console, part one, on a conversation of its own: the
 * everyone-team made auto-assign (through the API), a handoff offered to the
 * agent in a toast with a countdown and accepted; a private note the widget
 * never shows; a canned response inserted with "/" and its placeholders filled.
 */
import assert from "node:assert/strict";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import { agentApiAs, type AgentApi } from "../lib/agent-api.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import type { ConsolePage } from "../pages/console-page.ts";
import { byTestId, WidgetPage } from "../pages/widget-page.ts";

const QUESTION = "Can I return hiking boots I wore once?";
const NOTE = "VIP customer: approve the return without asking twice";
const CANNED = { shortcut: "thanks", title: "Thanks for waiting", text: "Thanks {visitor.name}! {agent.name} from {site.name} here — happy to help." };

export interface OfferState {
  visitor: WidgetPage | null;
  conversationId: string;
  api: AgentApi | null;
}

export const OFFER_ACCEPTED = "an auto-assign offer shows as a toast with a countdown; accepting opens the conversation as mine";
export const CANNED_INSERTED = "a canned response is inserted with / and its placeholders are filled";

export function offerScenarios(run: RunContext, agentPage: () => ConsolePage | null, state: OfferState): Scenario[] {
  const agent = () => agentPage() ?? assert.fail("no console page");
  const visitor = () => state.visitor ?? assert.fail("no visitor page");
  const api = () => state.api ?? assert.fail("no API session");
  return [
    {
      name: OFFER_ACCEPTED,
      needs: ["agent signs in to the console; the queue is empty"],
      run: async () => {
        state.api = await agentApiAs(run, run.agent, DEMO.workspace.id);
        await api().call("PATCH", "/routing", { defaultCapacity: 3, allAssignment: "auto" });
        try {
          const page = await (await run.person("offer-visitor")).newPage();
          state.visitor = await WidgetPage.load(page, run.url("/"));
          await page.evaluate(() => (window as unknown as { Baton: (command: string, options: unknown) => void }).Baton("identify", { name: "Ana" }));
          await visitor().openPanel();
          await visitor().send(QUESTION);
          await visitor().waitForMessage("visitor", QUESTION);
          state.conversationId = await visitor().conversationId();
          await visitor().part("baton-talk-to-person").click();

          const toast = agent().page.locator(`${byTestId("offer-toast")}[data-conversation-id="${state.conversationId}"]`);
          await toast.waitFor({ state: "visible" });
          assert.match((await toast.locator(byTestId("offer-question")).textContent()) ?? "", /return hiking boots/);
          assert.notEqual(((await toast.locator(byTestId("offer-reason")).textContent()) ?? "").trim(), "");
          const seconds = async () => Number(await toast.locator(byTestId("offer-countdown")).getAttribute("data-seconds"));
          const first = await seconds();
          assert.ok(first > 0 && first <= 30, `the countdown starts at the team's deadline, got ${first}`);
          await waitFor("the countdown to tick", async () => (await seconds()) < first, 3000);
          await agent().page.screenshot({ path: run.artifact("offer-toast.png") });
          await toast.locator(byTestId("offer-accept")).click();
          await waitFor("the accepted conversation to open as mine", async () => (await agent().view(state.conversationId).getAttribute("data-mine")) === "true");
          await agent().mineItem(state.conversationId).waitFor({ state: "visible" });
          await toast.waitFor({ state: "detached" });
          await visitor().waitForText("baton-title", run.agent.name);
        } finally {
          // Later scenarios claim by hand.
          await api().call("PATCH", "/routing", { defaultCapacity: 3, allAssignment: "manual" });
        }
      },
    },
    {
      name: "a private note shows in the console, set apart, and never in the widget",
      needs: [OFFER_ACCEPTED],
      run: async () => {
        await agent().part("composer-mode-note").click();
        assert.equal(await agent().part("composer").getAttribute("data-mode"), "note");
        await agent().reply(NOTE);
        const note = agent().page.locator(`${byTestId("transcript")} ${byTestId("message")}[data-role="note"]:not([data-pending])`);
        await waitFor("the note stored in the transcript", async () => (await note.allTextContents()).some((t) => t.includes(NOTE)));
        assert.match((await note.last().locator(byTestId("note-label")).textContent()) ?? "", /only agents/i);
        await agent().part("composer-mode-reply").click();
        await agent().reply("Hi Ana! Yes, boots worn once indoors can come back.");
        await visitor().waitForMessage("agent", "Hi Ana! Yes, boots worn once indoors can come back.");
        const shown = async () => visitor().page.locator(byTestId("baton-message")).allTextContents();
        assert.ok(!(await shown()).some((t) => t.includes("VIP customer")), "the widget shows the private note");
        await visitor().page.reload();
        await visitor().openPanel();
        await visitor().waitForMessage("agent", "Hi Ana! Yes, boots worn once indoors can come back.");
        assert.ok(!(await shown()).some((t) => t.includes("VIP customer")), "the widget shows the private note after a reload");
        await agent().page.screenshot({ path: run.artifact("private-note.png") });
      },
    },
    {
      name: CANNED_INSERTED,
      needs: [OFFER_ACCEPTED],
      run: async () => {
        await api().call("POST", "/canned", CANNED);
        const input = agent().part("reply-input");
        await input.fill("");
        await input.pressSequentially("/than");
        await agent().part("canned-picker").waitFor({ state: "visible" });
        const option = agent().page.locator(`${byTestId("canned-option")}[data-shortcut="thanks"]`);
        await option.waitFor({ state: "visible" });
        assert.equal(await option.getAttribute("aria-selected"), "true");
        await agent().page.screenshot({ path: run.artifact("canned-picker.png") });
        await input.press("Enter");
        const filled = `Thanks Ana! ${run.agent.name} from ${DEMO.site.name} here — happy to help.`;
        await waitFor("the filled-in response in the reply box", async () => (await input.inputValue()) === filled);
        await agent().part("canned-picker").waitFor({ state: "detached" });
        await input.press("Enter");
        await visitor().waitForMessage("agent", filled);
      },
    },
  ];
}
