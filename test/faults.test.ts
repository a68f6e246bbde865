import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, onTestFinished } from "vitest";
import { ConversationDO } from "../worker/conversation/conversation-do.ts";
import { conversationStub, queueStub } from "../worker/durable/stubs.ts";
import { forgetSite } from "../worker/sites/site-repo.ts";
import { alarmAfter } from "./helpers/alarms.ts";
import { addArticle, claimedConversation, createAgent, createSite, queueSocket, visitorInNewConversation } from "./helpers/fixtures.ts";

/** Makes D1 fail for the next `times` calls as the conversation's Durable Object sees it (its env is the isolate's); returns the repair. */
async function breakD1(conversationId: string, times: number): Promise<() => Promise<void>> {
  let repair: () => void = () => {};
  await runInDurableObject(conversationStub(env, conversationId), (instance) => {
    const holder = instance as unknown as { env: { DB: D1Database } };
    const real = holder.env.DB;
    let left = times;
    repair = () => {
      holder.env.DB = real;
    };
    holder.env.DB = new Proxy(real, {
      get(target, key, receiver) {
        if (key === "prepare" && left > 0) {
          return () => {
            left -= 1;
            throw new Error("D1_ERROR: simulated outage");
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  });
  return async () => repair();
}

describe("faults that must lose nothing", () => {
  it("D1 failing while the answer is prepared (the site, the AI budget): the visitor is told at once, and the answer comes on the retry", async () => {
    const siteId = await createSite();
    await addArticle(siteId, { title: "Delivery", body: "## Delivery\n\nParcels arrive in 2 to 4 working days." });
    const visitor = await visitorInNewConversation(siteId);
    const repair = await breakD1(visitor.conversationId, 1);
    forgetSite(siteId);
    visitor.socket.send({ type: "message", clientId: "q", text: "How long does delivery take?" });
    await visitor.socket.take("ack");
    await visitor.socket.message((m) => m.role === "system" && m.text.startsWith("Sorry, I couldn't reach our systems"));
    expect(visitor.socket.messages().some((m) => m.role === "ai" && m.seq > 2)).toBe(false);
    // The retry is a timer row driving the alarm: the database is back, the answer comes.
    expect(await alarmAfter(conversationStub(env, visitor.conversationId), 3500)).toBe(true);
    const answer = await visitor.socket.message((m) => m.role === "ai" && m.seq > 3);
    expect(answer.text).toContain("2 to 4 working days");
    await repair();
  });

  it("D1 failing on every try: after the last retry the visitor is offered a person", async () => {
    const siteId = await createSite();
    const visitor = await visitorInNewConversation(siteId);
    const repair = await breakD1(visitor.conversationId, 100);
    forgetSite(siteId);
    visitor.socket.send({ type: "message", clientId: "q", text: "Hello?" });
    await visitor.socket.message((m) => m.role === "system" && m.text.startsWith("Sorry, I couldn't reach our systems"));
    const stub = conversationStub(env, visitor.conversationId);
    await alarmAfter(stub, 3500);
    await alarmAfter(stub, 7000);
    await visitor.socket.take("offer_human");
    await visitor.socket.message((m) => m.role === "system" && m.text.startsWith("I still can't reach our systems"));
    await repair();
  });

  it("an alarm firing twice releases an unanswered conversation once", async () => {
    const siteId = await createSite({ routing: { unansweredMinutes: 0.5 } });
    const agent = await createAgent("Twice");
    const watcher = await createAgent("Watcher");
    const watch = await queueSocket(watcher);
    await watch.take("queue_snapshot");
    const { visitor, queue } = await claimedConversation(siteId, agent);
    visitor.socket.send({ type: "message", clientId: "q", text: "Hi?" });
    const ack = await visitor.socket.take("ack");
    const stub = conversationStub(env, visitor.conversationId);
    const realNow = Date.now;
    Date.now = () => ack.at + 40_000;
    try {
      await runDurableObjectAlarm(stub);
      await runDurableObjectAlarm(stub);
      await runDurableObjectAlarm(queueStub(env, agent.workspaceId));
    } finally {
      Date.now = realNow;
    }
    await queue.take("released");
    await queue.settle(300);
    expect(queue.frames.filter((f) => f.type === "released")).toHaveLength(1);
    expect(visitor.socket.messages().filter((m) => m.role === "system" && m.text.includes("couldn't get back to you"))).toHaveLength(1);
  });

  it("a claim whose confirmation is lost after it took effect keeps the conversation with the agent", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Lost");
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    await feed.take("queue_update", (f) => f.event === "waiting");
    // The conversation takes the claim, then the call fails on its way back (patched on the class: RPC calls prototype methods).
    const real = ConversationDO.prototype.assign;
    ConversationDO.prototype.assign = async function (this: ConversationDO, who) {
      await real.call(this, who);
      throw new Error("network error after the claim took effect");
    };
    onTestFinished(() => {
      ConversationDO.prototype.assign = real;
    });
    feed.send({ type: "claim", conversationId: visitor.conversationId });
    await feed.take("claimed");
    await visitor.socket.take("state", (f) => f.state === "assigned");
    // Still the agent's in the queue, not back to waiting.
    const snapshot = await (await queueSocket(agent)).take("queue_snapshot");
    expect(snapshot.mine.map((e) => e.conversationId)).toContain(visitor.conversationId);
    expect(snapshot.waiting.map((e) => e.conversationId)).not.toContain(visitor.conversationId);
  });
});
