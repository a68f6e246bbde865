import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readTranscript } from "../worker/transcripts/transcript-repo.ts";
import { Briefing, EscalationDecision } from "../worker/protocol/index.ts";
import { agentSocket, createAgent, fakeModel, queueSocket, startConversation, visitorSocket } from "./helpers/fixtures.ts";
import { decisionsInD1 } from "./helpers/decisions.ts";
import { demoKbSite } from "./helpers/demo-kb.ts";
import { waitUntil } from "./helpers/wait.ts";

async function visitor(siteId: string, extra: Record<string, unknown> = {}) {
  const started = await startConversation(siteId, extra);
  const socket = await visitorSocket(started.conversationId, started.token);
  await socket.take("history");
  let n = 0;
  const say = (text: string) => socket.send({ type: "message", clientId: `m${++n}`, text });
  return { ...started, socket, say };
}

describe("escalation in a live conversation", () => {
  it("does not hand off a routine refund question the AI answers confidently from the KB", async () => {
    const siteId = await demoKbSite();
    const v = await visitor(siteId);
    v.say("how do refunds work?");
    const answer = await v.socket.message((m) => m.role === "ai" && m.seq === 3);
    expect(answer.ai?.declined).toBe(false);
    await v.socket.settle(200);
    expect(v.socket.frames.some((f) => f.type === "state" || f.type === "offer_human")).toBe(false);
  });

  it("hands off at once when frustration is severe", async () => {
    const siteId = await demoKbSite();
    const v = await visitor(siteId);
    v.say("where is my order");
    await v.socket.message((m) => m.role === "ai" && m.seq === 3);
    v.say("THIS IS USELESS!!! you're not helping at all");
    await v.socket.take("state", (f) => f.state === "queued");
    const [decision] = await decisionsInD1(v.conversationId);
    expect(decision).toMatchObject({ phase: "visitor_message", action: "handoff", signals: [expect.objectContaining({ name: "frustration" })] });
  });

  it("offers a person when the visitor is frustrated; accepting hands off with that reason and evidence", async () => {
    const siteId = await demoKbSite();
    const agent = await createAgent("Sam");
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const v = await visitor(siteId);
    v.say("where is my order");
    await v.socket.message((m) => m.role === "ai" && m.seq === 3);
    v.say("this isn't helping, I'm getting annoyed");
    const offer = await v.socket.take("offer_human");
    expect(offer.signals.map((s) => s.name)).toContain("frustration");
    expect(offer.signals.find((s) => s.name === "frustration")?.evidence.join(" ")).toMatch(/helping|annoyed/i);
    // An offer, not a handoff: the AI keeps answering until the visitor accepts.
    expect(v.socket.frames.some((f) => f.type === "state")).toBe(false);

    v.socket.send({ type: "request_human" });
    await v.socket.take("state", (f) => f.state === "queued");
    const waiting = await queue.take("queue_update", (f) => f.entry.conversationId === v.conversationId);
    expect(waiting.entry.reason).toMatch(/^Accepted the offer of a person/);
    const decisions = await decisionsInD1(v.conversationId);
    expect(decisions.map((d) => [d.phase, d.action])).toEqual([
      ["visitor_message", "offer_human"],
      ["button", "handoff"],
    ]);
    expect(decisions[1]?.signals[0]?.name).toBe("frustration");
  });

  it("offers a person when the visitor asks the same thing again, and hands off the third time", async () => {
    const siteId = await demoKbSite();
    const v = await visitor(siteId);
    v.say("how do I change the delivery address on my order?");
    await v.socket.message((m) => m.role === "ai" && m.seq === 3);
    v.say("how can I change the delivery address of my order?");
    const offer = await v.socket.take("offer_human");
    expect(offer.signals.map((s) => s.name)).toContain("going_in_circles");
    await v.socket.message((m) => m.role === "ai" && m.seq === 5);
    v.say("changing the delivery address on an order, how?");
    await v.socket.take("state", (f) => f.state === "queued");
    const decisions = await decisionsInD1(v.conversationId);
    const circles = decisions.flatMap((d) => d.signals).filter((s) => s.name === "going_in_circles");
    expect(circles.map((s) => s.action)).toEqual(expect.arrayContaining(["offer_human", "handoff"]));
  });

  it("briefs the agent: every field, pushed to a connected console, refreshed while waiting", async () => {
    const siteId = await demoKbSite();
    const agent = await createAgent("Sam");
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const page = { url: "https://shop.test/orders/KO-2048371", title: "Your order", referrer: "https://mail.example/" };
    // An earlier conversation of the same visitor, so the briefing can list it.
    const earlier = await visitor(siteId, { visitorId: "visitor-maria-01", page });
    earlier.say("do you ship to Norway?");
    await earlier.socket.message((m) => m.role === "ai" && m.seq === 3);
    await waitUntil(async () => (await readTranscript(env.DB, earlier.conversationId))?.messages.length === 3);

    const v = await visitor(siteId, {
      visitorId: "visitor-maria-01",
      visitor: { name: "Maria Lopez", email: "maria@example.com", tier: "gold" },
      page,
    });
    v.say("my refund for order KO-2048371 of €89 still hasn't arrived on my card");
    await v.socket.message((m) => m.role === "ai" && m.seq === 3);
    v.say("I want to talk to a real person please");
    await v.socket.take("state", (f) => f.state === "queued");
    // The queue sends an entry's latest change per 50 ms batch (worker/queue/queue-feed.ts): the first update the agent
    // gets may already carry the summary, so wait for that one rather than for a second update.
    const withSummary = await queue.take("queue_update", (f) => f.entry.conversationId === v.conversationId && !!f.entry.summary);
    expect(withSummary.entry.summary).toContain("Maria Lopez");

    const console = await agentSocket(agent, v.conversationId);
    const { briefing } = await console.take("briefing");
    expect(Briefing.parse(briefing)).toBeTruthy();
    expect(briefing).toMatchObject({
      conversationId: v.conversationId,
      source: "extractive",
      page,
      visitor: { visitorId: "visitor-maria-01", name: "Maria Lopez", email: "maria@example.com", tier: "gold" },
    });
    expect(briefing.summary).toMatch(/Maria Lopez asked “my refund for order KO-2048371/);
    expect(briefing.wants).toMatch(/refund/);
    expect(briefing.facts).toEqual(expect.arrayContaining(["KO-2048371", "€89"]));
    expect(briefing.aiTried[0]).toMatchObject({ question: expect.stringContaining("refund"), declined: expect.any(Boolean) });
    expect(briefing.triggers[0]).toMatchObject({ name: "explicit_request", action: "handoff" });
    expect(briefing.triggers[0]?.evidence.join(" ")).toMatch(/real person/);
    expect(briefing.sentiment.scores).toHaveLength(2);
    expect(briefing.previous).toEqual([expect.objectContaining({ id: earlier.conversationId, firstQuestion: "do you ship to Norway?" })]);
    expect(briefing.suggestedOpening).toMatch(/^Hi Maria, thanks for waiting\..*KO-2048371/);

    // The visitor adds something while waiting: the briefing is rebuilt and pushed again.
    v.say("it was the Meadow 12 sleeping bag, returned two weeks ago");
    const updated = await console.take("briefing", (f) => f.briefing.updatedAt > briefing.updatedAt, 6000);
    expect(updated.briefing.wants).toMatch(/Meadow 12/);
    const stored = await waitUntil(async () => {
      const t = await readTranscript(env.DB, v.conversationId);
      const row = await env.DB.prepare("SELECT briefing FROM conversations WHERE id = ?").bind(v.conversationId).first<{ briefing: string | null }>();
      return t && row?.briefing ? Briefing.parse(JSON.parse(row.briefing)) : null;
    });
    expect(stored.conversationId).toBe(v.conversationId);
  });

  it("has the LLM write the briefing's prose when the site uses Workers AI", async () => {
    const siteId = await demoKbSite({ ai: { provider: "workers-ai", model: fakeModel() } });
    const agent = await createAgent("Sam");
    const v = await visitor(siteId);
    v.say("my refund for order KO-777123 never arrived");
    await v.socket.message((m) => m.role === "ai" && m.seq === 3);
    v.socket.send({ type: "request_human" });
    await v.socket.take("state", (f) => f.state === "queued");
    const console = await agentSocket(agent, v.conversationId);
    const { briefing } = await console.take("briefing", (f) => f.briefing.source === "llm", 6000);
    expect(briefing.summary).toBe("The visitor is chasing a refund for KO-777123 and asked for a person.");
    expect(briefing.suggestedOpening).toContain("KO-777123");
    // Measured parts stay as measured.
    expect(briefing.facts).toContain("KO-777123");
    expect(briefing.aiTried[0]?.question).toContain("KO-777123");
  });
});
