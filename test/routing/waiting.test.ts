import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../worker/index.ts";
import { inboundMessage, rawEmail, sentTo, visitorAddress } from "../helpers/email.ts";
import { agentApi, agentSocket, claimedConversation, createAgent, createSite, createTeam, createWorkspace, queueSocket, visitorInNewConversation } from "../helpers/fixtures.ts";

async function workspaceWithAgent(settings: Record<string, unknown> = {}) {
  const workspaceId = await createWorkspace("Waiting");
  const siteId = await createSite(settings, undefined, workspaceId);
  const agent = await createAgent("Dana", { workspaceId, role: "agent" });
  return { workspaceId, siteId, agent };
}

describe("what the visitor sees while waiting", () => {
  it("their place in line and an estimate, pushed when either changes", async () => {
    const { siteId, agent } = await workspaceWithAgent();
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const first = await visitorInNewConversation(siteId);
    first.socket.send({ type: "request_human" });
    expect(await first.socket.take("queue_status")).toMatchObject({ position: 1, estimate: { lowMinutes: 0, highMinutes: 1 } });
    const second = await visitorInNewConversation(siteId);
    second.socket.send({ type: "request_human" });
    const secondStatus = await second.socket.take("queue_status");
    expect(secondStatus.position).toBe(2);
    // Dana takes the first: the second moves up, and is told.
    feed.send({ type: "claim", conversationId: first.conversationId });
    await feed.take("claimed");
    expect(await second.socket.take("queue_status", (f) => f.position === 1)).toMatchObject({ position: 1 });
    // A reconnecting visitor gets where they stand at once.
    const again = await visitorSocketOf(second);
    expect((await again.take("queue_status")).position).toBe(1);
  });

  it("with nobody of the team online, a handoff becomes a follow-up and the notice is said once", async () => {
    const { siteId } = await workspaceWithAgent();
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    await visitor.socket.take("state", (f) => f.state === "followup");
    for (const text of ["Hello?", "Anyone?", "I'd like a person"]) {
      visitor.socket.send({ type: "message", clientId: text, text });
      await visitor.socket.take("ack", (f) => f.clientId === text);
    }
    await visitor.socket.settle(300);
    const notices = visitor.socket.messages().filter((m) => m.role === "system" && m.text.startsWith("Nobody from our team is online"));
    expect(notices).toHaveLength(1);
    expect(visitor.socket.messages().some((m) => m.role === "ai" && m.seq > 2)).toBe(false);
  });

  it("outside business hours the visitor is told when the team is back, without waiting in a queue", async () => {
    const closed = { routing: { hours: { timeZone: "UTC", weekly: {}, holidays: [] } } };
    const { siteId, agent } = await workspaceWithAgent(closed);
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    await visitor.socket.take("state", (f) => f.state === "followup");
    await visitor.socket.message((m) => m.role === "system" && m.text.startsWith("Our team is away right now"));
    await feed.settle(200);
    expect(feed.frames.some((f) => f.type === "queue_update")).toBe(false);
  });
});

describe("follow-ups: email me instead, an agent's answer by email, the visitor's reply back", () => {
  it("email captured → follow-up ticket → an agent's reply stored and emailed → the visitor's email reply lands in the conversation", async () => {
    const { siteId, agent } = await workspaceWithAgent();
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "message", clientId: "q", text: "My parcel KO-77 never came." });
    await visitor.socket.take("ack");
    visitor.socket.send({ type: "request_human" });
    await feed.take("queue_update", (f) => f.event === "waiting");
    const email = visitorAddress();
    visitor.socket.send({ type: "email_me", email, name: "Ana" });
    await visitor.socket.take("state", (f) => f.state === "followup");
    await visitor.socket.message((m) => m.role === "system" && m.text.includes(email));
    await feed.take("queue_update", (f) => f.event === "removed");
    visitor.socket.close();

    // The console's Follow-up list reads D1, which the conversation keeps in step.
    const listed = async () => ((await (await agentApi(agent, "/conversations?state=followup")).json()) as { conversations: { id: string }[] }).conversations.map((c) => c.id);
    await waitFor(async () => (await listed()).filter((id) => id === visitor.conversationId));
    expect((await agentApi(agent, `/conversations/${visitor.conversationId}/take`, { method: "POST" })).status).toBe(200);
    const view = await agentSocket(agent, visitor.conversationId);
    await view.take("history");
    view.send({ type: "message", clientId: "a1", text: "Sorry! KO-77 is on its way again, tracking follows." });
    await view.take("ack");
    const [sent] = await waitFor(() => sentTo(email));
    expect(sent?.message.text).toContain("KO-77 is on its way again");
    const replyTo = typeof sent?.message.replyTo === "string" ? sent.message.replyTo : (sent?.message.replyTo?.email ?? "");

    const raw = rawEmail({ from: `Ana <${email}>`, to: replyTo, text: "Thank you, got the tracking." });
    const inbound = inboundMessage(raw, { from: email, to: replyTo });
    await worker.email(inbound.message, env);
    expect(inbound.rejections).toEqual([]);
    await view.message((m) => m.role === "visitor" && m.text === "Thank you, got the tracking.");
  });
});

describe("agents among themselves", () => {
  it("private notes reach agents only: never the visitor's socket, history or reconnect", async () => {
    const { siteId, agent } = await workspaceWithAgent();
    const { visitor, agentView } = await claimedConversation(siteId, agent);
    agentView.send({ type: "note", clientId: "n1", text: "VIP, refund without asking twice" });
    await agentView.take("ack", (f) => f.clientId === "n1");
    agentView.send({ type: "message", clientId: "m1", text: "Hi Ana!" });
    await visitor.socket.message((m) => m.text === "Hi Ana!");
    expect(visitor.socket.messages().some((m) => m.role === "note" || m.text.includes("VIP"))).toBe(false);
    const reconnected = await visitorSocketOf(visitor);
    await reconnected.take("history");
    expect(reconnected.messages().some((m) => m.role === "note")).toBe(false);
    const colleague = await createAgent("Colleague", { workspaceId: agent.workspaceId, role: "agent" });
    const watching = await agentSocket(colleague, visitor.conversationId);
    await watching.take("history");
    expect(watching.messages().some((m) => m.role === "note" && m.text.includes("VIP"))).toBe(true);
  });

  it("transfer to a team: the visitor is told, the briefing travels, the team's queue has it", async () => {
    const { workspaceId, siteId, agent } = await workspaceWithAgent();
    const billing = await createAgent("Bill", { workspaceId, role: "agent" });
    await createTeam(workspaceId, { id: "billing", name: "billing", members: [billing] });
    const billingFeed = await queueSocket(billing, workspaceId, "billing");
    await billingFeed.take("queue_snapshot");
    const { visitor, agentView } = await claimedConversation(siteId, agent);
    agentView.send({ type: "transfer", to: { kind: "team", teamId: "billing" }, note: "Double charge on order 55" });
    const moved = await billingFeed.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === visitor.conversationId);
    expect(moved.entry.teamId).toBe("billing");
    await visitor.socket.message((m) => m.role === "system" && m.text === "Moving you to our billing team. They will see this whole conversation.");
    billingFeed.send({ type: "claim", conversationId: visitor.conversationId });
    await billingFeed.take("claimed");
    const view = await agentSocket(billing, visitor.conversationId);
    await view.take("history");
    expect(view.messages().some((m) => m.role === "note" && m.text === "Transfer note: Double charge on order 55")).toBe(true);
    expect((await view.take("briefing")).briefing.conversationId).toBe(visitor.conversationId);
  });

  it("a manual claim over the agent's capacity is refused", async () => {
    const { workspaceId, siteId, agent } = await workspaceWithAgent();
    await createTeam(workspaceId, { id: "spare", members: [] }, 1);
    await claimedConversation(siteId, agent);
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const second = await visitorInNewConversation(siteId);
    second.socket.send({ type: "request_human" });
    await feed.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === second.conversationId);
    feed.send({ type: "claim", conversationId: second.conversationId });
    expect(await feed.take("error", (f) => f.ref === second.conversationId)).toMatchObject({ code: "over_capacity" });
  });
});

async function visitorSocketOf(visitor: { conversationId: string; token: string }) {
  const { visitorSocket } = await import("../helpers/fixtures.ts");
  return visitorSocket(visitor.conversationId, visitor.token);
}

async function waitFor<T>(probe: () => Promise<T[]>): Promise<T[]> {
  for (let i = 0; i < 100; i++) {
    const found = await probe();
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error("nothing arrived");
}
