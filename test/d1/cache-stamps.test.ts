import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { conversationStub } from "../../worker/durable/stubs.ts";
import { countD1 } from "../helpers/d1-count.ts";
import { agentApi, createAgent, createSite, visitorInNewConversation } from "../helpers/fixtures.ts";

const REFUNDS = { title: "Refunds", body: "Your refund reaches your card within 5 business days of the return arriving." };

async function ask(socket: Awaited<ReturnType<typeof visitorInNewConversation>>["socket"], clientId: string, text: string) {
  socket.send({ type: "message", clientId, text });
  const ack = await socket.take("ack", (f) => f.clientId === clientId);
  return socket.message((m) => (m.role === "ai" || m.role === "system") && m.seq > ack.seq);
}

describe("caches of D1 data under version stamps (worker/cache/stamps.ts)", () => {
  it("an article edited through the API is what the next question is answered from", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const created = await agentApi(agent, `/sites/${siteId}/articles`, { method: "POST", json: REFUNDS });
    const { article } = (await created.json()) as { article: { id: string } };
    const { socket } = await visitorInNewConversation(siteId);
    expect((await ask(socket, "q1", "how long does a refund take to reach my card?")).text).toMatch(/5 business days/);
    const edited = await agentApi(agent, `/sites/${siteId}/articles/${article.id}`, {
      method: "PUT",
      json: { ...REFUNDS, body: "Your refund reaches your card within 12 business days of the return arriving." },
    });
    expect(edited.status).toBe(200);
    expect((await ask(socket, "q2", "how long does a refund take to reach my card?")).text).toMatch(/12 business days/);
  });

  it("a site setting written straight to D1 (another isolate, the CLI) is seen on the next question: the trigger bumps the stamp", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    await agentApi(agent, `/sites/${siteId}/articles`, { method: "POST", json: REFUNDS });
    const { socket } = await visitorInNewConversation(siteId);
    expect((await ask(socket, "q1", "how long does a refund take?")).role).toBe("ai");
    // Nothing in this isolate is told: only cache_stamps, through the trigger on sites.
    await env.DB.prepare("UPDATE sites SET settings = ? WHERE id = ?").bind(JSON.stringify({ ai: { maxTurnsPerConversation: 1 } }), siteId).run();
    const refused = await ask(socket, "q2", "how long does a refund take?");
    expect(refused).toMatchObject({ role: "system" });
    expect(refused.text).toMatch(/Talk to a person/);
  });

  it("an article written straight to D1 is searched on the next question, and repeated questions read neither the site nor the statistics", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    await agentApi(agent, `/sites/${siteId}/articles`, { method: "POST", json: REFUNDS });
    const { socket, conversationId } = await visitorInNewConversation(siteId);
    await ask(socket, "q1", "can I pay by bank transfer?");
    const counter = countD1();
    const again = await ask(socket, "q2", "can I pay by bank transfer?");
    counter.stop();
    expect(again.ai?.citations ?? []).toEqual([]);
    expect(counter.statements.filter((s) => /FROM sites|kb_vocab|FROM kb_passages$|count\(\*\) AS n FROM kb_passages/.test(s.sql))).toEqual([]);
    // Another writer's article: the kb trigger bumps the stamps, so the statistics and search see it.
    await env.DB.batch([
      env.DB.prepare("INSERT INTO kb_articles (id, site_id, title, body, url, tags, updated_at) VALUES (?, ?, 'Payment', ?, NULL, '[]', ?)").bind(
        `pay-${conversationId}`,
        siteId,
        "We accept bank transfer for every order.",
        Date.now(),
      ),
      env.DB.prepare("INSERT INTO kb_passages (article_id, site_id, position, heading, text) VALUES (?, ?, 0, NULL, ?)").bind(
        `pay-${conversationId}`,
        siteId,
        "We accept bank transfer for every order.",
      ),
      env.DB.prepare(
        "INSERT INTO kb_fts (rowid, site_id, title, heading, text, tags) VALUES ((SELECT id FROM kb_passages WHERE article_id = ?), ?, 'Payment', '', ?, '')",
      ).bind(`pay-${conversationId}`, siteId, "We accept bank transfer for every order."),
    ]);
    // A new conversation (the first has asked twice in vain: a third time would hand it to a person).
    const other = await visitorInNewConversation(siteId);
    const reread = countD1();
    const answered = await ask(other.socket, "q3", "can I pay by bank transfer?");
    reread.stop();
    expect(answered.ai?.citations[0]?.title).toBe("Payment");
    expect(reread.statements.some((s) => /kb_vocab/.test(s.sql))).toBe(true);
    await conversationStub(env, conversationId).syncNow();
  });
});
