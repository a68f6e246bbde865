import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { queueStub, rosterStub } from "../../worker/durable/stubs.ts";
import { createAgent, createSite, createTeam, createWorkspace, queueSocket, visitorInNewConversation, type TestAgent } from "../helpers/fixtures.ts";
import type { TestSocket } from "../helpers/socket.ts";

/** A workspace whose everyone-team assigns automatically, with `n` online agents of the given capacity. */
async function autoTeam(n: number, capacity: number, offerSeconds = 30) {
  const workspaceId = await createWorkspace("Auto");
  const siteId = await createSite({}, undefined, workspaceId);
  const agents: TestAgent[] = [];
  for (let i = 0; i < n; i++) agents.push(await createAgent(`Agent ${i}`, { workspaceId, role: "agent" }));
  await env.DB.prepare("UPDATE workspaces SET all_assignment = 'auto' WHERE id = ?").bind(workspaceId).run();
  await createTeam(workspaceId, { id: "spare", members: [] }, capacity);
  await env.DB.prepare("UPDATE teams SET offer_seconds = ? WHERE workspace_id = ?").bind(offerSeconds, workspaceId).run();
  await rosterStub(env, workspaceId).reload();
  const feeds: TestSocket[] = [];
  for (const agent of agents) {
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    feeds.push(feed);
  }
  return { workspaceId, siteId, agents, feeds };
}

async function handoff(siteId: string) {
  const visitor = await visitorInNewConversation(siteId);
  visitor.socket.send({ type: "request_human" });
  return visitor;
}

const seenOffers = new WeakSet<object>();
/** The agent (index) the next offer of `conversationId` went to; each offer frame is counted once. */
async function offeredTo(feeds: TestSocket[], conversationId: string): Promise<number> {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    for (const [i, feed] of feeds.entries()) {
      const offer = feed.frames.find((f) => f.type === "offer" && f.entry.conversationId === conversationId && !seenOffers.has(f));
      if (offer) {
        seenOffers.add(offer);
        return i;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no offer of ${conversationId} reached any agent`);
}

describe("auto-assign: offers go to the least busy online agent with room", () => {
  it("offers to the least busy; ties to whoever has waited longest since their last assignment", async () => {
    const { siteId, feeds } = await autoTeam(3, 3);
    const first = await handoff(siteId);
    const a = await offeredTo(feeds, first.conversationId);
    feeds[a]?.send({ type: "accept_offer", conversationId: first.conversationId });
    await feeds[a]?.take("claimed");
    await first.socket.take("state", (f) => f.state === "assigned");
    // The next goes to someone else (0 held beats 1).
    const second = await handoff(siteId);
    const b = await offeredTo(feeds, second.conversationId);
    expect(b).not.toBe(a);
    feeds[b]?.send({ type: "accept_offer", conversationId: second.conversationId });
    await feeds[b]?.take("claimed");
    // The third agent holds nothing: theirs.
    const third = await handoff(siteId);
    const c = await offeredTo(feeds, third.conversationId);
    expect(new Set([a, b, c]).size).toBe(3);
    feeds[c]?.send({ type: "accept_offer", conversationId: third.conversationId });
    await feeds[c]?.take("claimed");
    // All hold one: the tie goes to the one assigned longest ago.
    const fourth = await handoff(siteId);
    expect(await offeredTo(feeds, fourth.conversationId)).toBe(a);
  });

  it("a declined offer, and then an expired one, move on to the next agent", async () => {
    const { workspaceId, siteId, feeds } = await autoTeam(3, 2);
    const visitor = await handoff(siteId);
    const first = await offeredTo(feeds, visitor.conversationId);
    feeds[first]?.send({ type: "decline_offer", conversationId: visitor.conversationId });
    await feeds[first]?.take("offer_withdrawn", (f) => f.why === "declined");
    const second = await offeredTo(feeds, visitor.conversationId);
    expect(second).not.toBe(first);
    // Nobody answers: the offer's deadline is a timer row driving the queue's alarm.
    const queue = queueStub(env, workspaceId);
    await runDurableObjectAlarmAt(queue, Date.now() + 31_000);
    await feeds[second]?.take("offer_withdrawn", (f) => f.why === "expired");
    const third = await offeredTo(feeds, visitor.conversationId);
    expect(new Set([first, second, third]).size).toBe(3);
  });

  it("a burst of 50 handoffs with 5 agents of capacity 3: nobody over capacity, each conversation assigned once or waiting", async () => {
    const { workspaceId, siteId, agents, feeds } = await autoTeam(5, 3);
    // Every agent accepts whatever is offered.
    feeds.forEach((feed) => {
      let handled = 0;
      const accept = () => {
        for (const frame of feed.frames.slice(handled)) if (frame.type === "offer") feed.send({ type: "accept_offer", conversationId: frame.entry.conversationId });
        handled = feed.frames.length;
      };
      setInterval(accept, 10);
    });
    const visitors = await Promise.all(Array.from({ length: 50 }, () => handoff(siteId)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const claimedBy = new Map<string, number[]>();
    feeds.forEach((feed, i) => {
      for (const frame of feed.frames) if (frame.type === "claimed") claimedBy.set(frame.conversationId, [...(claimedBy.get(frame.conversationId) ?? []), i]);
    });
    // 15 slots: 15 conversations taken, each by exactly one agent, three per agent.
    expect(claimedBy.size).toBe(15);
    expect([...claimedBy.values()].every((who) => who.length === 1)).toBe(true);
    const perAgent = agents.map((_, i) => [...claimedBy.values()].filter((who) => who[0] === i).length);
    expect(perAgent).toEqual([3, 3, 3, 3, 3]);
    // The other 35 wait, none assigned.
    const states = await Promise.all(visitors.map(async (v) => (await env.DB.prepare("SELECT 1").first(), v.socket.frames.filter((f) => f.type === "state").at(-1))));
    expect(states.filter((s) => s?.type === "state" && s.state === "assigned")).toHaveLength(15);
    expect(states.filter((s) => s?.type === "state" && s.state === "queued")).toHaveLength(35);
    void workspaceId;
  });
});

/** Runs the object's alarm as if the clock read `at` (the timers compare against Date.now, so it waits for the real time only in production). */
async function runDurableObjectAlarmAt(stub: DurableObjectStub, at: number): Promise<void> {
  const realNow = Date.now;
  Date.now = () => at;
  try {
    await runDurableObjectAlarm(stub);
  } finally {
    Date.now = realNow;
  }
}
