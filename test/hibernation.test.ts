import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { conversationStub, queueStub } from "../worker/durable/stubs.ts";
import { claimedConversation, createAgent, createSite, visitorInNewConversation } from "./helpers/fixtures.ts";

describe("after the Durable Objects are evicted with sockets hibernated", () => {
  it("keeps relaying on the same sockets, with seq continuing and roles known from attachments", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Hana");
    const { visitor, queue, agentView: a } = await claimedConversation(siteId, agent);
    a.send({ type: "message", clientId: "before", text: "Hi, I'm Hana" });
    const before = await visitor.socket.message((m) => m.text === "Hi, I'm Hana");

    const stub = conversationStub(env, visitor.conversationId);
    await evictDurableObject(stub, { webSockets: "hibernate" });
    await evictDurableObject(queueStub(env, agent.workspaceId), { webSockets: "hibernate" });

    // Visitor → agent and agent → visitor still flow, the agent is still the agent.
    visitor.socket.send({ type: "message", clientId: "after-v", text: "Still there?" });
    const ack = await visitor.socket.take("ack", (f) => f.clientId === "after-v");
    expect(ack.seq).toBeGreaterThan(before.seq);
    await a.message((m) => m.text === "Still there?");
    a.send({ type: "message", clientId: "after-a", text: "Yes!" });
    const reply = await visitor.socket.message((m) => m.text === "Yes!");
    expect(reply).toMatchObject({ role: "agent", author: "Hana", seq: ack.seq + 1 });
    await runInDurableObject(stub, (_instance, state) => {
      expect(state.getWebSockets("visitor")).toHaveLength(1);
      expect(state.getWebSockets("agent")).toHaveLength(1);
    });

    // The queue feed woke up too: a new waiting conversation reaches the same socket.
    const other = await visitorInNewConversation(siteId);
    other.socket.send({ type: "request_human" });
    await queue.take("queue_update", (f) => f.entry.conversationId === other.conversationId);
  });
});
