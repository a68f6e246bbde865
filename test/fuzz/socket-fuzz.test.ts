import { describe, expect, it } from "vitest";
import { agentSocket, createAgent, createSite, presenceSocket, queueSocket, visitorInNewConversation } from "../helpers/fixtures.ts";
import type { FuzzResult } from "./fuzz-options.ts";
import { fuzzSocket } from "./fuzz-socket.ts";

const FRAMES = 10_000;

function report(role: string, result: FuzzResult): void {
  expect(result.sent).toBeGreaterThanOrEqual(FRAMES);
  console.info(`fuzz: ${result.sent} bad frames on the ${role} socket, each answered by one typed error, in ${result.ms} ms`);
}

// 10,000 frames take seconds on a quiet machine; a loaded one (CI, two cores) gets room.
describe("generated bad frames on every kind of socket (fast-check)", { timeout: 60_000 }, () => {
  it("the visitor's conversation socket answers each with a typed error, stays open, stores nothing, and then works", async () => {
    const siteId = await createSite();
    const { socket } = await visitorInNewConversation(siteId);
    report("visitor conversation", await fuzzSocket(socket, "visitor", FRAMES));
    expect(socket.closed).toBeNull();
    socket.send({ type: "message", clientId: "after-fuzz", text: "Do you ship to Norway?" });
    // Seq 2: nothing of the fuzzing was stored in between the greeting and this.
    expect(await socket.take("ack", (f) => f.clientId === "after-fuzz")).toMatchObject({ seq: 2, duplicate: false });
  });

  it("an agent's conversation socket (watching, not assigned) does the same", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const visitor = await visitorInNewConversation(siteId);
    const socket = await agentSocket(agent, visitor.conversationId);
    await socket.take("history");
    report("agent conversation", await fuzzSocket(socket, "agent_conversation", FRAMES));
    expect(socket.closed).toBeNull();
    socket.send({ type: "note", clientId: "after-fuzz", text: "Checked the order; it shipped." });
    expect(await socket.take("ack", (f) => f.clientId === "after-fuzz")).toMatchObject({ seq: 2, duplicate: false });
    await visitor.socket.settle();
    expect(visitor.socket.frames.some((f) => f.type === "state" || f.type === "message")).toBe(false);
  });

  it("an agent's queue socket does the same, and a real claim then wins", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    report("agent queue", await fuzzSocket(queue, "agent_queue", FRAMES));
    expect(queue.closed).toBeNull();
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    await queue.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === visitor.conversationId);
    queue.send({ type: "claim", conversationId: visitor.conversationId });
    expect(await queue.take("claimed")).toMatchObject({ conversationId: visitor.conversationId });
  });

  it("an agent's presence socket does the same, and a status change then takes", async () => {
    const agent = await createAgent();
    const presence = await presenceSocket(agent);
    report("agent presence", await fuzzSocket(presence, "agent_presence", FRAMES));
    expect(presence.closed).toBeNull();
    presence.send({ type: "set_status", status: "away" });
    expect((await presence.take("roster", (f) => f.me.status === "away")).me.status).toBe("away");
  });
});
