import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readTranscript } from "../worker/transcripts/transcript-repo.ts";
import {
  addArticle,
  agentSocket,
  createAgent,
  createSite,
  queueSocket,
  visitorInNewConversation,
} from "./helpers/fixtures.ts";
import { waitUntil } from "./helpers/wait.ts";

describe("a conversation from the AI to a person", () => {
  it("answers, hands off on request, relays both ways with the AI silent, resolves, and lands in D1", async () => {
    const siteId = await createSite();
    await addArticle(siteId, {
      title: "Shipping times",
      body: "Standard shipping takes 3 to 5 business days. Express shipping arrives the next business day.",
    });
    const agent = await createAgent("Dana");
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const visitor = await visitorInNewConversation(siteId);
    const v = visitor.socket;

    // The AI answers from the knowledge base, streamed, with a citation.
    v.send({ type: "message", clientId: "q1", text: "How long does standard shipping take?" });
    expect(await v.take("ack")).toMatchObject({ clientId: "q1", seq: 2, duplicate: false });
    const delta = await v.take("ai_delta");
    const answer = await v.message((m) => m.role === "ai" && m.seq === 3);
    expect(answer.clientId).toBe(delta.turnId);
    expect(answer.text).toContain("3 to 5 business days");
    expect(answer.ai?.citations.map((c) => c.title)).toEqual(["Shipping times"]);
    expect(answer.ai?.confidence).toBeGreaterThan(0.35);

    // Asking for a person queues the conversation and the agent's feed shows it live.
    v.send({ type: "message", clientId: "q2", text: "I want to talk to a person please" });
    expect(await v.take("state", (f) => f.state === "queued")).toMatchObject({ agent: null });
    const notice = await v.message((m) => m.role === "system");
    expect(notice.text).toMatch(/Connecting you with a teammate/);
    const waiting = await queue.take("queue_update", (f) => f.entry.conversationId === visitor.conversationId);
    expect(waiting.event).toBe("waiting");
    expect(waiting.entry.reason).toMatch(/talk to a person/);
    expect(waiting.entry.firstQuestion).toBe("How long does standard shipping take?");
    expect(waiting.entry.page?.url).toBe("https://shop.test/pricing");

    // Claim: the visitor is told who joined.
    queue.send({ type: "claim", conversationId: visitor.conversationId });
    await queue.take("claimed");
    expect(await v.take("state", (f) => f.state === "assigned")).toMatchObject({ agent: { id: agent.id, name: "Dana" } });
    await v.message((m) => m.role === "system" && m.text === "Dana joined the conversation.");

    // The agent sees everything, the AI part included.
    const a = await agentSocket(agent, visitor.conversationId);
    expect(await a.take("welcome")).toMatchObject({ role: "agent", state: "assigned" });
    await a.take("history");
    expect(a.messages().map((m) => m.role)).toEqual(["ai", "visitor", "ai", "visitor", "system", "system"]);

    // Messages relay both ways, in order, once; the AI stays silent.
    for (let i = 1; i <= 5; i++) {
      v.send({ type: "message", clientId: `v${i}`, text: `visitor ${i}` });
      a.send({ type: "message", clientId: `a${i}`, text: `agent ${i}` });
    }
    for (let i = 1; i <= 5; i++) {
      await a.message((m) => m.text === `visitor ${i}`);
      await v.message((m) => m.text === `agent ${i}`);
    }
    await v.settle();
    // The visitor's log: messages received plus its own, acknowledged with their seq. No gaps, no repeats.
    const seen = v.messages();
    const acked = v.frames.flatMap((f) => (f.type === "ack" ? [f.seq] : []));
    const all = [...seen.map((m) => m.seq), ...acked].sort((x, y) => x - y);
    expect(all).toEqual(all.map((_, i) => i + 1));
    expect(seen.filter((m) => m.role === "agent").map((m) => m.text)).toEqual([1, 2, 3, 4, 5].map((i) => `agent ${i}`));
    expect(seen.filter((m) => m.role === "agent").every((m) => m.author === "Dana")).toBe(true);
    expect(seen.filter((m) => m.role === "ai")).toHaveLength(2);
    expect(v.frames.filter((f) => f.type === "ai_delta" && f.turnId !== delta.turnId)).toHaveLength(0);

    // Typing is relayed and never stored.
    a.send({ type: "typing", on: true });
    expect(await v.take("typing", (f) => f.role === "agent")).toMatchObject({ name: "Dana", on: true });
    v.send({ type: "typing", on: true });
    expect(await a.take("typing", (f) => f.role === "visitor")).toMatchObject({ on: true });

    // Resolve: the visitor sees it, the queue forgets it, D1 has the final transcript.
    a.send({ type: "resolve" });
    await v.take("state", (f) => f.state === "resolved");
    await v.message((m) => m.role === "system" && /resolved/.test(m.text));
    await queue.take("queue_update", (f) => f.event === "removed" && f.entry.conversationId === visitor.conversationId);
    const lastSeq = Math.max(...v.messages().map((m) => m.seq));
    const transcript = await waitUntil(async () => {
      const t = await readTranscript(env.DB, visitor.conversationId);
      return t && t.conversation.state === "resolved" && t.messages.length === lastSeq ? t : null;
    });
    expect(transcript.conversation).toMatchObject({ siteId, agent: { id: agent.id, name: "Dana" }, lastSeq });
    expect(transcript.conversation.triggerReason).toMatch(/talk to a person/);
    expect(transcript.messages.map((m) => m.seq)).toEqual(transcript.messages.map((_, i) => i + 1));
    const bySeq = new Map([...a.messages(), ...v.messages()].map((m) => [m.seq, m.text]));
    expect(transcript.messages.map((m) => m.text)).toEqual(transcript.messages.map((m) => bySeq.get(m.seq)));
    expect(transcript.messages.find((m) => m.seq === 3)?.ai?.citations[0]?.title).toBe("Shipping times");
    expect([v.violations, a.violations, queue.violations]).toEqual([[], [], []]);
  });

  it("reopens a resolved conversation in bot state when the visitor writes again, history kept", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    await queue.take("queue_update", (f) => f.entry.conversationId === visitor.conversationId);
    queue.send({ type: "claim", conversationId: visitor.conversationId });
    await queue.take("claimed");
    const a = await agentSocket(agent, visitor.conversationId);
    await a.take("welcome");
    a.send({ type: "resolve" });
    await visitor.socket.take("state", (f) => f.state === "resolved");

    visitor.socket.send({ type: "message", clientId: "again", text: "One more question about my order" });
    expect(await visitor.socket.take("state", (f) => f.state === "bot")).toMatchObject({ agent: null });
    const reply = await visitor.socket.message((m) => m.role === "ai" && m.seq > 4);
    expect(reply.ai?.declined).toBe(true);
    expect(visitor.socket.messages()[0]?.role).toBe("ai");
  });

  it("hands back to the AI: the AI answers again", async () => {
    const siteId = await createSite();
    await addArticle(siteId, { title: "Opening hours", body: "Our store is open Monday to Friday from 9am to 6pm." });
    const agent = await createAgent();
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    queue.send({ type: "claim", conversationId: (await queue.take("queue_update")).entry.conversationId });
    await queue.take("claimed");
    const a = await agentSocket(agent, visitor.conversationId);
    await a.take("welcome");
    a.send({ type: "hand_back" });
    await visitor.socket.take("state", (f) => f.state === "bot");
    await visitor.socket.message((m) => /handed the conversation back/.test(m.text));
    await queue.take("queue_update", (f) => f.event === "removed");
    visitor.socket.send({ type: "message", clientId: "h1", text: "When is the store open on Friday?" });
    const reply = await visitor.socket.message((m) => m.role === "ai" && m.text.includes("9am"));
    expect(reply.ai?.citations[0]?.title).toBe("Opening hours");
  });
});
