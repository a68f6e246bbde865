import { describe, expect, it } from "vitest";
import { visitorSocket, createSite, startConversation, agentSocket, createAgent, queueSocket } from "./helpers/fixtures.ts";

describe("exactly once, in order", () => {
  it("stores a message re-sent with the same clientId once and acks it with the original seq", async () => {
    const siteId = await createSite();
    const { conversationId, token } = await startConversation(siteId);
    const v = await visitorSocket(conversationId, token);
    await v.take("history");
    v.send({ type: "message", clientId: "same-key", text: "Where is my parcel?" });
    const first = await v.take("ack");
    expect(first.duplicate).toBe(false);

    // A reconnecting client re-sends what it is not sure about.
    const again = await visitorSocket(conversationId, token, first.seq);
    await again.take("history");
    again.send({ type: "message", clientId: "same-key", text: "Where is my parcel?" });
    const second = await again.take("ack");
    expect(second).toMatchObject({ seq: first.seq, id: first.id, duplicate: true });

    await again.settle();
    const fresh = await visitorSocket(conversationId, token);
    const history = await fresh.take("history");
    expect(history.messages.filter((m) => m.text === "Where is my parcel?")).toHaveLength(1);
  });

  it("resumes after seq N with exactly the messages after N, in order", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const { conversationId, token } = await startConversation(siteId);
    const v = await visitorSocket(conversationId, token);
    await v.take("history");
    v.send({ type: "request_human" });
    await queue.take("queue_update", (f) => f.event === "waiting");
    queue.send({ type: "claim", conversationId });
    await queue.take("claimed");
    const a = await agentSocket(agent, conversationId);
    await a.take("history");
    for (let i = 1; i <= 12; i++) a.send({ type: "message", clientId: `m${i}`, text: `update ${i}` });
    for (let i = 1; i <= 12; i++) await v.message((m) => m.text === `update ${i}`);
    const all = v.messages();
    const n = all[Math.floor(all.length / 2)]?.seq ?? 0;

    // On connect with ?after=N ...
    const resumed = await visitorSocket(conversationId, token, n);
    const history = await resumed.take("history");
    expect(history.messages.map((m) => m.seq)).toEqual(all.filter((m) => m.seq > n).map((m) => m.seq));
    expect(history.messages[0]?.seq).toBe(n + 1);

    // ... and on an explicit resume frame over an open socket.
    resumed.send({ type: "resume", after: all.length - 2 });
    const tail = await resumed.take("history");
    expect(tail.messages.map((m) => m.text)).toEqual(all.slice(-2).map((m) => m.text));
  });
});
