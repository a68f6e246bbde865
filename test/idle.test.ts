import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../worker/conversation/conversation-do.ts";
import { conversationStub, queueStub } from "../worker/durable/stubs.ts";
import { claimedConversation, createAgent, createSite, visitorInNewConversation } from "./helpers/fixtures.ts";
import { waitUntil } from "./helpers/wait.ts";

describe("an idle conversation", () => {
  it("sleeps: once everything is in D1 and the queue, no timer or alarm is left", async () => {
    const siteId = await createSite();
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "message", clientId: "m", text: "hello there" });
    await visitor.socket.take("ack");
    const stub = conversationStub(env, visitor.conversationId);
    await waitUntil(async () => {
      const s = await stub.syncStatus();
      return s.syncedSeq === s.lastSeq && s.outbox === 0;
    });
    const scheduled = () =>
      runInDurableObject(stub, async (_: ConversationDO, state) => ({
        timers: state.storage.sql.exec<{ kind: string }>("SELECT kind FROM timers").toArray().map((t) => t.kind),
        alarm: await state.storage.getAlarm(),
      }));
    // Once everything is delivered no timer is left to wake the object: it can hibernate for good.
    const idle = await waitUntil(async () => {
      const s = await scheduled();
      return s.timers.length === 0 && s.alarm === null ? s : null;
    }, 4000, "the object to go idle");
    expect(idle).toEqual({ timers: [], alarm: null });
    expect(await runDurableObjectAlarm(stub)).toBe(false);
  }, 15_000);
});

describe("a conversation an agent holds", () => {
  const timersOf = (stub: DurableObjectStub<ConversationDO> | ReturnType<typeof queueStub>) =>
    runInDurableObject(stub, (_: unknown, state: DurableObjectState) =>
      state.storage.sql.exec<{ kind: string }>("SELECT kind FROM timers").toArray().map((t) => t.kind),
    );

  it("leaves nothing on a timer for the visitor's messages but the transcript batch, and the queue no alert for it", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Noor");
    const { visitor, agentView } = await claimedConversation(siteId, agent);
    const stub = conversationStub(env, visitor.conversationId);
    // The handoff's own briefing has been built.
    await waitUntil(async () => !(await timersOf(stub)).includes("briefing"), 4000, "the handoff briefing");
    visitor.socket.send({ type: "message", clientId: "held-1", text: "are you still there?" });
    await visitor.socket.take("ack", (f) => f.clientId === "held-1");
    await agentView.message((m) => m.text === "are you still there?");
    // The agent reads it live: no briefing rebuild is scheduled for it (the unanswered deadline and the D1 batch are).
    expect(await timersOf(stub)).not.toContain("briefing");
    // Nobody waits for it any more: the queue keeps no alert that would wake it for nothing.
    expect(await timersOf(queueStub(env, agent.workspaceId))).not.toContain(`alert:${visitor.conversationId}`);
  });
});
