/**
 * The main story, end to end: a visitor on the demo shop asks the AI,
 * asks for a person, an agent claims the conversation in the console, they
 * talk (typing indicators included), the visitor reloads, the agent
 * resolves, and the conversation is in the history. Steps share one conversation, so each needs the one before.
 */
import assert from "node:assert/strict";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import { ConsolePage } from "../pages/console-page.ts";
import { byTestId, WidgetPage } from "../pages/widget-page.ts";
import { typingShowsOnBothSides } from "./typing.ts";

const QUESTION = "How long does delivery to Germany take?";
const AGENT_HELLO = "Hi, I'm Sam from Kestrel. I can see you're asking about delivery to Germany — happy to help!";
const VISITOR_REPLY = "Thanks! It's order 4182, I need it by Friday.";
const AGENT_ANSWER = "Order 4182 left our warehouse today, so it will arrive by Thursday with standard delivery.";
const AGENT_WHILE_CLOSED = "Here is the tracking link: https://tracking.example.com/4182";

export interface HandoffState {
  visitor: WidgetPage | null;
  agent: ConsolePage | null;
  conversationId: string;
}

export function handoffScenarios(run: RunContext, state: HandoffState): Scenario[] {
  const visitor = () => state.visitor ?? assert.fail("no visitor page");
  const agent = () => state.agent ?? assert.fail("no console page");

  return [
    {
      name: "agent signs in to the console; the queue is empty",
      run: async () => {
        state.agent = await ConsolePage.login(await run.person("agent", { viewport: { width: 1440, height: 900 } }), run.baseUrl, run.agent);
        assert.equal(await agent().part("agent-name").textContent(), run.agent.name);
        await agent().part("queue-empty").waitFor({ state: "visible" });
        // Marks this document: still there later means the console never reloaded.
        await agent().page.evaluate(() => ((window as { __sameDocument?: boolean }).__sameDocument = true));
      },
    },
    {
      name: "visitor asks a knowledge-base question; an AI answer with a source link appears",
      run: async () => {
        state.visitor = await WidgetPage.open(await run.person("visitor"), run.url("/"));
        await visitor().openPanel();
        await visitor().send(QUESTION);
        await visitor().waitForMessage("visitor", QUESTION);
        const answer = visitor().messages("ai").filter({ has: visitor().page.locator(byTestId("baton-citation")) });
        await answer.last().waitFor({ state: "visible", timeout: 20_000 });
        assert.equal(await answer.last().getAttribute("data-status"), "stored");
        assert.match((await answer.last().locator(".who time").textContent()) ?? "", /\d{1,2}[:.]\d{2}/, "the answer shows when it was sent");
        const text = (await answer.last().locator(".bubble").textContent()) ?? "";
        assert.match(text, /2 to 4 working days/, `the answer should quote the delivery article, got: ${text}`);
        const link = answer.last().locator(`${byTestId("baton-citation")} a`).first();
        assert.match((await link.textContent()) ?? "", /Delivery times/i);
        const href = (await link.getAttribute("href")) ?? "";
        assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\/help\/delivery-times/);
        assert.equal(await link.getAttribute("target"), "_blank");
        const page = await visitor().page.request.get(href);
        assert.equal(page.status(), 200, `the cited help page ${href} should exist`);
        state.conversationId = await visitor().conversationId();
      },
    },
    {
      name: "visitor asks for a person; the conversation appears in the console queue without a reload",
      needs: ["agent signs in to the console; the queue is empty", "visitor asks a knowledge-base question; an AI answer with a source link appears"],
      run: async () => {
        await visitor().part("baton-talk-to-person").click();
        await visitor().part("baton-handoff-note").waitFor({ state: "visible" });
        await visitor().waitForText("baton-status", "Waiting for a teammate");
        const item = agent().queueItem(state.conversationId);
        await item.waitFor({ state: "visible" });
        assert.notEqual(((await item.locator(byTestId("queue-reason")).textContent()) ?? "").trim(), "");
        assert.match((await item.textContent()) ?? "", /delivery to Germany/);
        assert.equal(await agent().page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument), true, "the console reloaded");
      },
    },
    {
      name: "agent claims; the visitor sees the agent join by name",
      needs: ["visitor asks for a person; the conversation appears in the console queue without a reload"],
      run: async () => {
        await agent().claim(state.conversationId);
        await agent().waitForState(state.conversationId, "assigned");
        await agent().mineItem(state.conversationId).waitFor({ state: "visible" });
        await waitFor("the claimed conversation to leave the waiting queue", async () => (await agent().queueItem(state.conversationId).count()) === 0);
        await visitor().waitForText("baton-title", run.agent.name);
        await visitor().waitForText("baton-status", "Support team");
        assert.equal(await visitor().part("baton-handoff-note").count(), 0);
        // The whole AI part is in the agent's transcript: the visitor repeats nothing.
        await agent().waitForMessage("visitor", QUESTION);
        await agent().waitForMessage("ai", "2 to 4 working days", true);
      },
    },
    {
      name: "messages flow both ways between agent and visitor",
      needs: ["agent claims; the visitor sees the agent join by name"],
      run: async () => {
        await agent().reply(AGENT_HELLO);
        await visitor().waitForMessage("agent", AGENT_HELLO);
        assert.match((await visitor().messages("agent").last().textContent()) ?? "", new RegExp(run.agent.name));
        await visitor().send(VISITOR_REPLY);
        await agent().waitForMessage("visitor", VISITOR_REPLY);
        await agent().reply(AGENT_ANSWER);
        await visitor().waitForMessage("agent", AGENT_ANSWER);
      },
    },
    {
      name: "typing indicators show on both sides",
      needs: ["messages flow both ways between agent and visitor"],
      run: () => typingShowsOnBothSides(visitor(), agent(), run.agent.name),
    },
    {
      name: "screenshots of the widget and the console mid-conversation",
      needs: ["messages flow both ways between agent and visitor"],
      run: async () => {
        await visitor().send("Perfect, thank you!");
        await agent().waitForMessage("visitor", "Perfect, thank you!");
        await visitor().page.screenshot({ path: run.artifact("widget.png") });
        await agent().page.screenshot({ path: run.artifact("console.png") });
      },
    },
    {
      name: "a reload of the visitor's page keeps the conversation",
      needs: ["messages flow both ways between agent and visitor"],
      run: async () => {
        const before = await visitor().page.locator(`${byTestId("baton-message")}[data-status="stored"]`).count();
        await visitor().page.reload();
        await visitor().openPanel();
        await visitor().waitForText("baton-title", run.agent.name);
        for (const text of [QUESTION, VISITOR_REPLY]) await visitor().waitForMessage("visitor", text);
        for (const text of [AGENT_HELLO, AGENT_ANSWER]) await visitor().waitForMessage("agent", text);
        await waitFor("the widget to reconnect", async () => (await visitor().part("baton-connection").count()) === 0);
        const after = await visitor().page.locator(`${byTestId("baton-message")}[data-status="stored"]`).count();
        assert.equal(after, before, "the same messages, none lost and none doubled");
        // Still live: a message after the reload reaches the agent.
        await visitor().send("Back again after a reload.");
        await agent().waitForMessage("visitor", "Back again after a reload.");
      },
    },
    {
      name: "a reload of the console keeps the agent's conversation and the reply being written",
      needs: ["messages flow both ways between agent and visitor"],
      run: async () => {
        const DRAFT = "Let me check the courier's schedule for Friday —";
        await agent().part("reply-input").fill(DRAFT);
        await agent().page.reload();
        await agent().part("top-bar").waitFor({ state: "visible" });
        await agent().mineItem(state.conversationId).click();
        await agent().waitForMessage("agent", AGENT_ANSWER);
        assert.equal(await agent().part("reply-input").inputValue(), DRAFT);
        await agent().part("reply-input").fill("");
      },
    },
    {
      name: "a reply while the panel is closed shows an unread badge on the launcher",
      needs: ["messages flow both ways between agent and visitor"],
      run: async () => {
        await visitor().part("baton-close").click();
        await visitor().panel().waitFor({ state: "hidden" });
        await agent().reply(AGENT_WHILE_CLOSED);
        const badge = visitor().part("baton-unread");
        await badge.waitFor({ state: "visible" });
        assert.equal(((await badge.textContent()) ?? "").trim(), "1");
        assert.match((await visitor().launcher().getAttribute("aria-label")) ?? "", /1 new/);
        await visitor().openPanel();
        await visitor().waitForMessage("agent", AGENT_WHILE_CLOSED);
        await badge.waitFor({ state: "hidden" });
      },
    },
    {
      name: "agent resolves; the visitor sees the conversation resolved",
      needs: ["agent claims; the visitor sees the agent join by name"],
      run: async () => {
        await agent().part("resolve-button").click();
        await agent().waitForState(state.conversationId, "resolved");
        await visitor().waitForText("baton-status", "Resolved");
        await visitor().part("baton-talk-to-person").waitFor({ state: "visible" });
      },
    },
    {
      name: "the resolved conversation is in History with its whole transcript",
      needs: ["agent resolves; the visitor sees the conversation resolved"],
      run: async () => {
        await agent().part("history-nav").click();
        const item = agent().page.locator(`${byTestId("history-item")}[data-conversation-id="${state.conversationId}"]`);
        await item.waitFor({ state: "visible" });
        assert.match((await item.textContent()) ?? "", /delivery to Germany/);
        await item.click();
        await agent().part("past-transcript").waitFor({ state: "visible" });
        assert.match((await agent().part("past-state").textContent()) ?? "", /Resolved/);
        const transcript = (await agent().part("past-messages").textContent()) ?? "";
        for (const text of [QUESTION, AGENT_HELLO, VISITOR_REPLY, AGENT_ANSWER]) assert.ok(transcript.includes(text), `History lacks: ${text}`);
        assert.match(transcript, /2 to 4 working days/, "the AI's answer is part of the history");
        await agent().page.screenshot({ path: run.artifact("history.png") });
        await agent().part("inbox-nav").click();
        await agent().part("top-bar").waitFor({ state: "visible" });
      },
    },
  ];
}
