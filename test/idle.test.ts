import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../worker/conversation/conversation-do.ts";
import { conversationStub } from "../worker/durable/stubs.ts";
import { createSite, visitorInNewConversation } from "./helpers/fixtures.ts";
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
