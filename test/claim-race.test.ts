import { describe, expect, it } from "vitest";
import { createAgent, createSite, queueSocket, visitorInNewConversation } from "./helpers/fixtures.ts";

describe("claiming from the queue", () => {
  it("lets exactly one of two racing agents win; the other gets already_claimed", async () => {
    const siteId = await createSite();
    const [ana, ben] = await Promise.all([createAgent("Ana"), createAgent("Ben")]);
    const qa = await queueSocket(ana);
    const qb = await queueSocket(ben);
    await Promise.all([qa.take("queue_snapshot"), qb.take("queue_snapshot")]);
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    const id = visitor.conversationId;
    await Promise.all([qa.take("queue_update", (f) => f.event === "waiting"), qb.take("queue_update", (f) => f.event === "waiting")]);

    // Both send in the same tick.
    qa.send({ type: "claim", conversationId: id });
    qb.send({ type: "claim", conversationId: id });
    const outcome = await Promise.race([
      qa.take("claimed").then(() => ({ winner: qa, loser: qb, name: "Ana" })),
      qb.take("claimed").then(() => ({ winner: qb, loser: qa, name: "Ben" })),
    ]);
    const refused = await outcome.loser.take("error");
    expect(refused).toMatchObject({ code: "already_claimed", ref: id });
    expect(refused.message).toContain(outcome.name);
    const assigned = await visitor.socket.take("state", (f) => f.state === "assigned");
    expect(assigned.agent?.name).toBe(outcome.name);
    await visitor.socket.settle();
    expect(visitor.socket.messages().filter((m) => /joined the conversation/.test(m.text))).toHaveLength(1);
    // Both consoles hear who took it.
    for (const q of [qa, qb]) {
      expect(await q.take("queue_update", (f) => f.event === "claimed")).toMatchObject({ entry: { agent: { name: outcome.name } } });
    }
  });

  it("refuses to claim a conversation that is not waiting, and shows the claimer's own conversations on reconnect", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Cleo");
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    queue.send({ type: "claim", conversationId: "no-such-conversation" });
    expect(await queue.take("error")).toMatchObject({ code: "not_found" });

    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    await queue.take("queue_update", (f) => f.event === "waiting");
    queue.send({ type: "claim", conversationId: visitor.conversationId });
    await queue.take("claimed");
    queue.close();

    const again = await queueSocket(agent);
    const snapshot = await again.take("queue_snapshot");
    expect(snapshot.waiting.map((e) => e.conversationId)).not.toContain(visitor.conversationId);
    expect(snapshot.mine.map((e) => e.conversationId)).toContain(visitor.conversationId);
  });
});
