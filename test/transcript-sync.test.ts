import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../worker/conversation/conversation-do.ts";
import { conversationStub } from "../worker/durable/stubs.ts";
import { readTranscript } from "../worker/transcripts/transcript-repo.ts";
import { claimedConversation, createAgent, createSite, visitorInNewConversation } from "./helpers/fixtures.ts";
import { waitUntil } from "./helpers/wait.ts";

describe("keeping D1 in step", () => {
  it("retries a failing D1 write from its stored timer until the message lands", async () => {
    const siteId = await createSite();
    const visitor = await visitorInNewConversation(siteId);
    const stub = conversationStub(env, visitor.conversationId);
    await waitUntil(async () => (await stub.syncStatus()).syncedSeq === 1, 4000, "the greeting to reach D1");

    // Make D1 really fail: the messages table is gone for a while.
    await env.DB.exec("ALTER TABLE messages RENAME TO messages_away");
    try {
      visitor.socket.send({ type: "message", clientId: "m1", text: "My order never arrived" });
      const ack = await visitor.socket.take("ack");
      const failed = await waitUntil(async () => {
        const status = await stub.syncStatus();
        return status.failures > 0 ? status : null;
      }, 4000, "a failed sync attempt");
      expect(failed.syncedSeq).toBeLessThan(ack.seq);
      expect(failed.error).toMatch(/messages/);
      // The retry is a timer row driving the alarm, so it survives eviction.
      const timer = await runInDurableObject(stub, (_i: ConversationDO, state) =>
        state.storage.sql.exec<{ due_at: number }>("SELECT due_at FROM timers WHERE kind = 'd1-sync'").one(),
      );
      expect(timer.due_at).toBeGreaterThan(Date.now());
    } finally {
      await env.DB.exec("ALTER TABLE messages_away RENAME TO messages");
    }

    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const status = await waitUntil(async () => {
      const s = await stub.syncStatus();
      return s.syncedSeq === s.lastSeq ? s : null;
    }, 4000, "the retry to land");
    expect(status.failures).toBe(0);
    const transcript = await readTranscript(env.DB, visitor.conversationId);
    expect(transcript?.messages.map((m) => m.text)).toContain("My order never arrived");
    expect(transcript?.messages.map((m) => m.seq)).toEqual(transcript?.messages.map((_, i) => i + 1));
  });
});

describe("batching messages into D1", () => {
  it("writes a burst of messages in one batch after the window, and the watermark follows", async () => {
    const siteId = await createSite();
    const visitor = await visitorInNewConversation(siteId);
    const stub = conversationStub(env, visitor.conversationId);
    // Ten: within the visitor's message limit (12 per 10 s), which a longer burst would meet.
    for (let i = 1; i <= 10; i++) visitor.socket.send({ type: "message", clientId: `b${i}`, text: `burst ${i}` });
    await visitor.socket.take("ack", (f) => f.clientId === "b10");
    const synced = await waitUntil(async () => {
      const s = await stub.syncStatus();
      return s.syncedSeq === s.lastSeq ? s : null;
    });
    const row = await env.DB.prepare("SELECT last_seq FROM conversations WHERE id = ?").bind(visitor.conversationId).first<{ last_seq: number }>();
    expect(row?.last_seq).toBe(synced.lastSeq);
    const transcript = await readTranscript(env.DB, visitor.conversationId);
    expect(transcript?.messages.filter((m) => m.text.startsWith("burst ")).map((m) => m.text)).toEqual(
      Array.from({ length: 10 }, (_, i) => `burst ${i + 1}`),
    );
  });
});

describe("a message's own batch", () => {
  it("a visitor writing to an agent, with nothing else happening, still reaches D1 from the message's timer", async () => {
    const siteId = await createSite();
    const { visitor, agentView } = await claimedConversation(siteId, await createAgent("Noor"));
    const stub = conversationStub(env, visitor.conversationId);
    await waitUntil(async () => {
      const s = await stub.syncStatus();
      return s.syncedSeq === s.lastSeq ? s : null;
    }, 4000, "the claim to reach D1");
    // With a person on it the AI is silent and nothing changes state: only the message itself schedules its batch.
    visitor.socket.send({ type: "message", clientId: "alone", text: "Is the parcel still at the depot?" });
    const ack = await visitor.socket.take("ack");
    await agentView.take("message", (f) => f.message.seq === ack.seq);
    await waitUntil(async () => (await stub.syncStatus()).syncedSeq >= ack.seq, 4000, "the message's batch");
    const transcript = await readTranscript(env.DB, visitor.conversationId);
    expect(transcript?.messages.filter((m) => m.text === "Is the parcel still at the depot?")).toHaveLength(1);
  });
});
