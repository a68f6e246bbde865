import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { conversationStub, rosterStub } from "../../worker/durable/stubs.ts";
import { AWAY_AFTER_MS } from "../../worker/roster/roster-do.ts";
import { waitUntil } from "../helpers/wait.ts";
import { claimedConversation, createAgent, createSite, createWorkspace, presenceSocket, queueSocket } from "../helpers/fixtures.ts";

/** Runs the object's alarm with the clock moved to `at`: the deadline rows compare against Date.now. */
async function alarmAt(stub: DurableObjectStub, at: number): Promise<void> {
  const realNow = Date.now;
  Date.now = () => at;
  try {
    await runDurableObjectAlarm(stub);
  } finally {
    Date.now = realNow;
  }
}

async function twoAgents(settings: Record<string, unknown> = {}) {
  const workspaceId = await createWorkspace("Release");
  const siteId = await createSite(settings, undefined, workspaceId);
  const leaver = await createAgent("Leaver", { workspaceId, role: "agent" });
  const stayer = await createAgent("Stayer", { workspaceId, role: "agent" });
  const watch = await queueSocket(stayer);
  await watch.take("queue_snapshot");
  return { workspaceId, siteId, leaver, stayer, watch };
}

describe("nobody is left with a gone agent", () => {
  it("an agent whose console is gone past the grace is released: the conversation waits again at the front, both sides told", async () => {
    const { workspaceId, siteId, leaver, watch } = await twoAgents();
    const { visitor, queue, agentView } = await claimedConversation(siteId, leaver);
    const presence = await presenceSocket(leaver);
    await watch.take("queue_update", (f) => f.event === "claimed" && f.entry.conversationId === visitor.conversationId);
    const mark = watch.frames.length;
    const closedAt = Date.now();
    presence.close();
    queue.close();
    agentView.close();
    const roster = rosterStub(env, workspaceId);
    // The roster hears the close and arms the away deadline.
    await waitUntil(() => runInDurableObject(roster, (_, state) => state.storage.sql.exec("SELECT 1 FROM timers WHERE kind = ?", `away:${leaver.id}`).toArray().length > 0));
    // Within the grace (a reload, a blip): nothing happens.
    await alarmAt(roster, closedAt + AWAY_AFTER_MS - 5_000);
    await watch.settle(100);
    expect(watch.frames.slice(mark).some((f) => f.type === "queue_update" && f.event === "waiting")).toBe(false);
    // Past it: released (the deadline is a timer row driving the roster's alarm; it fires as soon as it is due).
    await alarmAt(roster, closedAt + AWAY_AFTER_MS + 5_000);
    const back = await watch.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === visitor.conversationId && watch.frames.indexOf(f) >= mark);
    expect(back.entry.agent).toBeNull();
    await visitor.socket.take("state", (f) => f.state === "queued");
    const told = await visitor.socket.message((m) => m.role === "system" && m.text.includes("no longer available"));
    expect(told.text).toContain("Leaver");
    // First in line again, before a newer visitor.
    const snapshot = await (await queueSocket(leaver)).take("queue_snapshot");
    expect(snapshot.waiting[0]?.conversationId).toBe(visitor.conversationId);
  });

  it("a visitor left unanswered past the site's deadline is released to the queue, the agent told", async () => {
    const { siteId, leaver, watch } = await twoAgents({ routing: { unansweredMinutes: 1 } });
    const { visitor, queue } = await claimedConversation(siteId, leaver);
    visitor.socket.send({ type: "message", clientId: "q", text: "Are you still there?" });
    const ack = await visitor.socket.take("ack");
    const stub = conversationStub(env, visitor.conversationId);
    // Not yet due: nothing.
    await alarmAt(stub, ack.at + 55_000);
    await visitor.socket.settle(100);
    expect(visitor.socket.frames.slice(visitor.socket.frames.indexOf(ack)).some((f) => f.type === "state")).toBe(false);
    // Due: within 5 s of the deadline the release is under way.
    await alarmAt(stub, ack.at + 60_000 + 5_000);
    await queue.take("released", (f) => f.conversationId === visitor.conversationId && f.why === "unanswered");
    await watch.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === visitor.conversationId);
    const told = await visitor.socket.message((m) => m.role === "system" && m.text.includes("couldn't get back to you"));
    expect(told.text).toContain("keep your place");
  });

  it("an agent's answer stops the deadline", async () => {
    const { siteId, leaver } = await twoAgents({ routing: { unansweredMinutes: 1 } });
    const { visitor, agentView, queue } = await claimedConversation(siteId, leaver);
    visitor.socket.send({ type: "message", clientId: "q", text: "Hello?" });
    const ack = await visitor.socket.take("ack");
    agentView.send({ type: "message", clientId: "a", text: "Here, looking into it." });
    await visitor.socket.message((m) => m.text === "Here, looking into it.");
    await alarmAt(conversationStub(env, visitor.conversationId), ack.at + 120_000);
    await queue.settle(200);
    expect(queue.frames.some((f) => f.type === "released")).toBe(false);
  });
});
