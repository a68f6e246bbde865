import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { TURN_WATCH_MS } from "../worker/conversation/ai-turn.ts";
import { conversationStub } from "../worker/durable/stubs.ts";
import { alarmAfter } from "./helpers/alarms.ts";
import { addArticle, agentSocket, createAgent, createSite, fakeModel, queueSocket, visitorInNewConversation, visitorSocket } from "./helpers/fixtures.ts";

async function slowSite(extra: Record<string, unknown> = {}): Promise<string> {
  const siteId = await createSite({ ai: { provider: "workers-ai", model: fakeModel("slow") }, ...extra });
  await addArticle(siteId, { title: "Delivery", body: "Parcels arrive in 2 to 4 working days." });
  return siteId;
}

describe("reconnects mid-stream lose nothing", () => {
  it("a visitor reconnecting mid-stream with after=N gets exactly the messages after N, then the answer once", async () => {
    const siteId = await slowSite();
    const { conversationId, token, socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "message", clientId: "q", text: "How long does delivery take?" });
    const ack = await socket.take("ack");
    await socket.take("ai_delta");
    const resumed = await visitorSocket(conversationId, token, ack.seq - 1);
    const history = await resumed.take("history");
    expect(history.messages.map((m) => m.seq)).toEqual([ack.seq]);
    const answer = await resumed.message((m) => m.role === "ai" && m.seq > ack.seq, 5000);
    await resumed.settle(300);
    expect(resumed.messages().filter((m) => m.seq === answer.seq)).toHaveLength(1);
  });

  it("an agent reconnecting mid-stream gets the question in its history and the answer once, live", async () => {
    const siteId = await slowSite();
    const agent = await createAgent("Watching");
    const { conversationId, socket } = await visitorInNewConversation(siteId);
    const first = await agentSocket(agent, conversationId);
    const before = await first.take("history");
    socket.send({ type: "message", clientId: "q", text: "How long does delivery take?" });
    const ack = await socket.take("ack");
    await first.take("ai_delta");
    first.close();
    const again = await agentSocket(agent, conversationId, before.messages.at(-1)?.seq ?? 0);
    const history = await again.take("history");
    expect(history.messages.map((m) => m.seq)).toEqual([ack.seq]);
    const answer = await again.message((m) => m.role === "ai" && m.seq > ack.seq, 5000);
    await again.settle(300);
    expect(again.messages().filter((m) => m.seq === answer.seq)).toHaveLength(1);
  });
});

describe("a conversation restarted mid-turn answers anyway", () => {
  it("restarted mid-AI-stream (a deploy, a crash), it answers the question once when its turn timer fires", async () => {
    const siteId = await slowSite();
    const { conversationId, token, socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "message", clientId: "q", text: "How long does delivery take?" });
    const ack = await socket.take("ack");
    await socket.take("ai_delta");
    const stub = conversationStub(env, conversationId);
    // The object is reset under the running turn: its promise dies with it; its timer row does not.
    await runInDurableObject(stub, (_instance, state) => state.abort("simulated restart mid-turn")).catch(() => undefined);
    // The reset drops the sockets; the widget reconnects and resumes after what it has.
    const resumed = await visitorSocket(conversationId, token, ack.seq);
    await resumed.take("history");
    await alarmAfter(conversationStub(env, conversationId), TURN_WATCH_MS + 1);
    const answer = await resumed.message((m) => m.role === "ai" && m.seq > ack.seq, 5000);
    expect(answer.text).toMatch(/2 to 4 working days/);
    await resumed.settle(400);
    const history = await (await visitorSocket(conversationId, token)).take("history");
    expect(history.messages.filter((m) => m.role === "ai" && m.seq > ack.seq)).toHaveLength(1);
  });

  it("a turn still streaming when its timer fires only gets more time: one answer", async () => {
    const siteId = await slowSite();
    const { conversationId, token, socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "message", clientId: "q", text: "How long does delivery take?" });
    const ack = await socket.take("ack");
    await socket.take("ai_delta");
    await alarmAfter(conversationStub(env, conversationId), TURN_WATCH_MS + 1);
    await socket.message((m) => m.role === "ai" && m.seq > ack.seq, 5000);
    await socket.settle(400);
    const history = await (await visitorSocket(conversationId, token)).take("history");
    expect(history.messages.filter((m) => m.role === "ai" && m.seq > ack.seq)).toHaveLength(1);
  });

  it("with the AI helping while the visitor waits, an answer streamed in the queue is delivered", async () => {
    const siteId = await slowSite({ routing: { aiWhileWaiting: true } });
    const agent = await createAgent("Later");
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const { conversationId, socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "request_human" });
    await feed.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === conversationId);
    socket.send({ type: "message", clientId: "q", text: "How long does delivery take?" });
    const ack = await socket.take("ack");
    // Delivered at all is the point: the turn's liveness check once forgot the site's setting and dropped it.
    const answer = await socket.message((m) => m.role === "ai" && m.seq > ack.seq, 5000);
    expect(answer.ai?.provider).toBe("workers-ai");
  });
});

describe("evicted mid-claim", () => {
  it("the claim either took effect everywhere or nowhere: the queue, the conversation and the visitor agree", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Midclaim");
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const { conversationId, token, socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "request_human" });
    await feed.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === conversationId);
    feed.send({ type: "claim", conversationId });
    await evictDurableObject(conversationStub(env, conversationId), { webSockets: "hibernate" });
    const claimed = feed.take("claimed", () => true, 5000).then(() => "claimed" as const, () => null);
    const refused = feed.take("error", () => true, 5000).then(() => "error" as const, () => null);
    const outcome = (await Promise.race([claimed, refused])) ?? (await Promise.all([claimed, refused])).find((o) => o !== null);
    expect(outcome).toBeDefined();
    await feed.settle(300);
    const snapshot = await (await queueSocket(agent)).take("queue_snapshot");
    const holder = await conversationStub(env, conversationId).heldBy();
    const history = await (await visitorSocket(conversationId, token)).take("history");
    const joined = history.messages.filter((m) => m.role === "system" && /joined the conversation/.test(m.text));
    if (outcome === "claimed") {
      expect(holder).toBe(agent.id);
      expect(snapshot.mine.map((e) => e.conversationId)).toContain(conversationId);
      expect(joined).toHaveLength(1);
    } else {
      expect(holder).toBeNull();
      expect(snapshot.waiting.map((e) => e.conversationId)).toContain(conversationId);
      expect(joined).toHaveLength(0);
    }
  });
});

describe("duplicate sends after a timeout", () => {
  it("a question re-sent on a new socket while its answer streams is stored once and answered once", async () => {
    const siteId = await slowSite();
    const { conversationId, token, socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "message", clientId: "same", text: "How long does delivery take?" });
    const ack = await socket.take("ack");
    await socket.take("ai_delta");
    // The client gave up waiting for its ack, reconnected and sent again.
    socket.close();
    const again = await visitorSocket(conversationId, token, ack.seq - 1);
    await again.take("history");
    again.send({ type: "message", clientId: "same", text: "How long does delivery take?" });
    expect(await again.take("ack")).toMatchObject({ seq: ack.seq, duplicate: true });
    await again.message((m) => m.role === "ai" && m.seq > ack.seq, 5000);
    await again.settle(400);
    const history = await (await visitorSocket(conversationId, token)).take("history");
    expect(history.messages.filter((m) => m.text === "How long does delivery take?")).toHaveLength(1);
    expect(history.messages.filter((m) => m.role === "ai" && m.seq > ack.seq)).toHaveLength(1);
  });
});
