/**
 * Routing in the console, part two: the accepted conversation transferred
 * to a team (its teammate, online, claims it and reads the transfer note);
 * a follow-up ticket left by a visitor who asked to be emailed, taken from
 * the list; the routing settings' screens, with an error shown by its field.
 */
import assert from "node:assert/strict";
import WebSocket from "ws";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import { ConsolePage } from "../pages/console-page.ts";
import { byTestId } from "../pages/widget-page.ts";
import { CANNED_INSERTED, OFFER_ACCEPTED, type OfferState } from "./offers-notes.ts";

export const TRANSFERRED = "a transfer to a team: the conversation leaves Mine, the visitor is told, a teammate claims it with the note";
const TRANSFER_NOTE = "Double charge on order 55: refund one of them";
const VISITOR_EMAIL = "ana.followup@example.test";

export function transferScenarios(run: RunContext, agentPage: () => ConsolePage | null, offer: OfferState): Scenario[] {
  const agent = () => agentPage() ?? assert.fail("no console page");
  const api = () => offer.api ?? assert.fail("no API session");
  const alex = DEMO.agents[1];
  return [
    {
      name: TRANSFERRED,
      needs: [OFFER_ACCEPTED],
      run: async () => {
        await api().call("PUT", "/teams/billing", { name: "Billing", assignment: "manual", offerSeconds: 30, members: [alex.id] });
        // Alex must be online first: a team with nobody online turns a handoff into a follow-up.
        const colleague = await ConsolePage.login(await run.person("alex", { viewport: { width: 1440, height: 900 } }), run.baseUrl, alex);
        await colleague.page.locator(`${byTestId("queue-group")}[data-team-id="billing"]`).waitFor({ state: "visible" });

        const id = offer.conversationId;
        await agent().mineItem(id).click();
        await agent().part("transfer-button").click();
        const dialog = agent().part("transfer-dialog");
        await dialog.waitFor({ state: "visible" });
        await waitFor("the teams in the dialog", async () => (await dialog.locator(`${byTestId("transfer-team")} option[value="billing"]`).count()) === 1);
        await dialog.locator(byTestId("transfer-team")).selectOption("billing");
        await dialog.locator(byTestId("transfer-note")).fill(TRANSFER_NOTE);
        await agent().page.screenshot({ path: run.artifact("transfer-dialog.png") });
        await dialog.locator(byTestId("transfer-submit")).click();
        await dialog.waitFor({ state: "detached" });
        await waitFor("the conversation to leave Mine", async () => (await agent().mineItem(id).count()) === 0);
        await waitFor("a toast saying where it went", async () => (await agent().part("toast").allTextContents()).some((t) => /Transferred .*Billing team/.test(t)));
        if (offer.visitor) await offer.visitor.waitForMessage("system", "Moving you to our Billing team", true);

        const item = colleague.page.locator(`${byTestId("queue-group")}[data-team-id="billing"] ${byTestId("queue-item")}[data-conversation-id="${id}"]`);
        await item.waitFor({ state: "visible" });
        assert.equal(await item.locator(byTestId("queue-kind")).getAttribute("data-kind"), "asked");
        assert.equal(await item.locator(byTestId("queue-position")).getAttribute("data-position"), "1");
        await colleague.claim(id);
        await colleague.waitForMessage("note", `Transfer note: ${TRANSFER_NOTE}`);
        await colleague.page.screenshot({ path: run.artifact("transfer-received.png") });
        await colleague.part("resolve-button").click();
        await colleague.waitForState(id, "resolved");
      },
    },
    {
      name: "a follow-up left with an email is in the list; Take opens it as mine, with the email hint",
      needs: ["agent signs in to the console; the queue is empty"],
      run: async () => {
        const id = await emailMeInstead(run);
        const item = agent().page.locator(`${byTestId("followup-item")}[data-conversation-id="${id}"]`);
        // The list reads D1 (every 30 s, or on Refresh): the ticket's row lands there a moment after the state changes.
        await waitFor("the ticket in the Follow-up list", async () => {
          if ((await item.count()) > 0) return true;
          await agent().part("followup-refresh").click();
          await agent().page.waitForTimeout(300);
          return false;
        });
        assert.equal(((await item.locator(byTestId("followup-who")).textContent()) ?? "").trim(), VISITOR_EMAIL);
        await item.locator(byTestId("followup-take")).click();
        await waitFor("the follow-up to open as mine", async () => (await agent().view(id).getAttribute("data-mine")) === "true");
        await item.waitFor({ state: "detached" });
        assert.match((await agent().part("email-hint").textContent()) ?? "", new RegExp(`The visitor left; your reply is emailed to ${VISITOR_EMAIL}`));
        await agent().reply("A new pole is on its way to you, free of charge.");
        await agent().waitForMessage("agent", "A new pole is on its way to you, free of charge.");
        await agent().page.screenshot({ path: run.artifact("followup-taken.png") });
        await agent().part("resolve-button").click();
        await agent().waitForState(id, "resolved");
      },
    },
    {
      name: "Settings show teams, canned responses and routing; a bad time zone is refused at its field",
      // Shows the team and the canned response those scenarios made.
      needs: [TRANSFERRED, CANNED_INSERTED],
      run: async () => {
        const page = agent().page;
        await agent().part("admin-nav").click();
        await agent().part("admin-tab-teams").click();
        await agent().page.locator(`${byTestId("team-item")}[data-team-id="billing"]`).waitFor({ state: "visible" });
        await agent().page.locator(`${byTestId("team-editor")}[data-team-id="billing"]`).waitFor({ state: "visible" });
        // Earlier scenarios' toasts off the picture (each dismissal moves the others up).
        while ((await agent().part("toast").count()) > 0) await agent().part("toast").first().locator(".btn-close").click({ timeout: 2000 }).catch(() => undefined);
        await page.screenshot({ path: run.artifact("settings-teams.png") });
        await agent().part("admin-tab-canned").click();
        await agent().page.locator(`${byTestId("canned-item")}[data-shortcut="thanks"]`).waitFor({ state: "visible" });
        await agent().part("admin-tab-routing").click();
        await agent().part("routing-editor").waitFor({ state: "visible" });
        await agent().part("hours-enabled").check();
        await agent().part("hours-timezone").fill("Mars/Olympus_Mons");
        await agent().part("routing-save").click();
        await agent().part("routing-error").waitFor({ state: "visible" });
        const fieldError = agent().part("hours-editor").locator(byTestId("admin-field-error")).first();
        assert.match((await fieldError.textContent()) ?? "", /IANA time zone/);
        await page.screenshot({ path: run.artifact("settings-routing.png") });
        await agent().part("inbox-nav").click();
        await agent().part("top-bar").waitFor({ state: "visible" });
      },
    },
  ];
}

/** A visitor (a plain socket, as a widget would) asks a question, leaves an email and goes: a follow-up ticket. */
async function emailMeInstead(run: RunContext): Promise<string> {
  const origin = new URL(run.baseUrl).origin;
  const started = await fetch(run.url("/api/conversations"), { method: "POST", headers: { "Content-Type": "application/json", Origin: origin }, body: JSON.stringify({ siteId: DEMO.site.id }) });
  assert.equal(started.status, 201);
  const { conversationId, token } = (await started.json()) as { conversationId: string; token: string };
  const socket = new WebSocket(run.url(`/ws/conversations/${conversationId}?token=${encodeURIComponent(token)}`).replace(/^http/, "ws"), { headers: { Origin: origin } });
  const frames: { type: string; state?: string }[] = [];
  socket.on("message", (data: Buffer) => frames.push(JSON.parse(data.toString()) as { type: string; state?: string }));
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  socket.send(JSON.stringify({ type: "message", clientId: "q1", text: "My tent pole snapped on the first night." }));
  await waitFor("the question stored", () => frames.some((f) => f.type === "ack"));
  socket.send(JSON.stringify({ type: "email_me", email: VISITOR_EMAIL, name: "Ana" }));
  await waitFor("the conversation to become a follow-up", () => frames.some((f) => f.type === "state" && f.state === "followup"));
  socket.close();
  return conversationId;
}
