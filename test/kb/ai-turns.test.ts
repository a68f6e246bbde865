import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../worker/conversation/conversation-do.ts";
import { conversationStub } from "../../worker/durable/stubs.ts";
import { readTranscript } from "../../worker/transcripts/transcript-repo.ts";
import { AiMeta } from "../../worker/protocol/index.ts";
import { createSite, startConversation, visitorSocket } from "../helpers/fixtures.ts";
import { demoKbSite } from "../helpers/demo-kb.ts";
import { waitUntil } from "../helpers/wait.ts";

async function converse(siteId: string) {
  const started = await startConversation(siteId);
  const socket = await visitorSocket(started.conversationId, started.token);
  await socket.take("history");
  return { ...started, socket };
}

describe("AI turns in a conversation", () => {
  it("greets with the site's own greeting", async () => {
    const siteId = await createSite({ greeting: "Welcome to Test Shop! How can we help?" });
    const { socket } = await converse(siteId);
    expect(socket.messages()).toMatchObject([{ seq: 1, role: "ai", text: "Welcome to Test Shop! How can we help?" }]);
  });

  it("answers from the knowledge base with a citation, and stores confidence and evidence in the DO and in D1", async () => {
    const siteId = await demoKbSite();
    const { conversationId, socket } = await converse(siteId);
    socket.send({ type: "message", clientId: "q", text: "how long does a refund take to reach my card?" });
    expect(await socket.take("typing", (f) => f.role === "ai" && f.on)).toBeTruthy();
    const answer = await socket.message((m) => m.role === "ai" && m.seq === 3);
    expect(answer.ai?.declined).toBe(false);
    expect(answer.ai?.citations[0]?.title).toMatch(/refund/i);
    expect(answer.ai?.confidence).toBeGreaterThanOrEqual(0.6);

    const stored = await runInDurableObject(conversationStub(env, conversationId), (_: ConversationDO, state) =>
      state.storage.sql.exec<{ ai: string }>("SELECT ai FROM messages WHERE seq = 3").one(),
    );
    const meta = AiMeta.parse(JSON.parse(stored.ai));
    expect(meta).toMatchObject({ provider: "embedded", confidence: answer.ai?.confidence });
    expect(meta.retrieval.length).toBeGreaterThan(0);
    const transcript = await waitUntil(async () => {
      const t = await readTranscript(env.DB, conversationId);
      return t?.messages.find((m) => m.seq === 3) ? t : null;
    });
    expect(transcript.messages.find((m) => m.seq === 3)?.ai).toEqual(meta);
  });

  it("says honestly when it does not know and offers a person", async () => {
    const siteId = await demoKbSite();
    const { socket } = await converse(siteId);
    socket.send({ type: "message", clientId: "q", text: "who won the world cup?" });
    const answer = await socket.message((m) => m.role === "ai" && m.seq === 3);
    expect(answer.ai).toMatchObject({ declined: true, citations: [] });
    expect(answer.text).toMatch(/rather not guess.*connect you with a person/s);
  });

  it("stops answering at the per-conversation cap and offers a person instead", async () => {
    const siteId = await demoKbSite({ ai: { maxTurnsPerConversation: 2 } });
    const { socket } = await converse(siteId);
    for (const [i, q] of ["where is my order?", "can I pay with PayPal?", "how do I reset my password?"].entries()) {
      socket.send({ type: "message", clientId: `q${i}`, text: q });
      await socket.message((m) => (m.role === "ai" || m.role === "system") && m.seq === 3 + i * 2);
    }
    const last = socket.messages().at(-1);
    expect(last).toMatchObject({ role: "system" });
    expect(last?.text).toMatch(/Talk to a person/);
    expect(socket.messages().filter((m) => m.role === "ai" && m.ai)).toHaveLength(2);
  });

  it("stops answering when the site's daily budget is spent, across conversations", async () => {
    const siteId = await demoKbSite({ ai: { dailyTurnBudget: 1 } });
    const first = await converse(siteId);
    first.socket.send({ type: "message", clientId: "q", text: "where is my order?" });
    expect((await first.socket.message((m) => m.seq === 3)).role).toBe("ai");
    const second = await converse(siteId);
    second.socket.send({ type: "message", clientId: "q", text: "can I pay with PayPal?" });
    const refusal = await second.socket.message((m) => m.seq === 3);
    expect(refusal).toMatchObject({ role: "system" });
    expect(refusal.text).toMatch(/limit for today/);
    // D1 counts answers given (the refused turn is not one), added by the first conversation's transcript batch.
    await conversationStub(env, first.conversationId).syncNow();
    const usage = await env.DB.prepare("SELECT turns FROM ai_usage WHERE site_id = ?").bind(siteId).first<{ turns: number }>();
    expect(usage?.turns).toBe(1);
  });
});
