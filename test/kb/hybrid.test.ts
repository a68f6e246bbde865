import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { fromBlob, toBlob, WorkersAiEmbedder } from "../../worker/kb/embedder.ts";
import { ArticleRepo } from "../../worker/kb/article-repo.ts";
import { agentApi, createAgent, createSite, fakeAiCalls, fakeModel, visitorInNewConversation } from "../helpers/fixtures.ts";

const WORKERS_AI = { ai: { provider: "workers-ai" } };
const REFUNDS = { title: "Refunds", body: "Your refund reaches your card within 5 business days of the return arriving." };
const SHIPPING = { title: "Shipping", body: "Parcels ship within one day. Delivery takes 2 to 4 days in Europe." };

async function embeddings(siteId: string) {
  const { results } = await env.DB.prepare(
    "SELECT p.article_id, p.embedding, p.embedding_model FROM kb_passages p WHERE p.site_id = ? ORDER BY p.id",
  )
    .bind(siteId)
    .all<{ article_id: string; embedding: ArrayBuffer | null; embedding_model: string | null }>();
  return results;
}

describe("hybrid retrieval with Workers AI embeddings (faked binding)", () => {
  it("embeds passages when an article is saved through the API, and re-embeds on edit", async () => {
    const siteId = await createSite(WORKERS_AI);
    const agent = await createAgent();
    const created = await agentApi(agent, `/sites/${siteId}/articles`, { method: "POST", json: REFUNDS });
    const { article } = (await created.json()) as { article: { id: string } };
    const [before] = await embeddings(siteId);
    expect(before?.embedding_model).toBe("@cf/baai/bge-m3");
    const vector = fromBlob(before!.embedding!);
    expect(vector.length).toBe(64);
    expect(Math.hypot(...vector)).toBeGreaterThan(0.99);

    await agentApi(agent, `/sites/${siteId}/articles/${article.id}`, { method: "PUT", json: SHIPPING });
    const [after] = await embeddings(siteId);
    expect(fromBlob(after!.embedding!)).not.toEqual(vector);
  });

  it("finds a passage by its vector alone when no word matches (a Spanish question near an English answer), and cites it", async () => {
    const siteId = await createSite(WORKERS_AI);
    const embedder = new WorkersAiEmbedder(env.AI, "@cf/baai/bge-m3");
    const store = new ArticleRepo(env.DB, embedder);
    const refunds = (await store.save(siteId, REFUNDS)).id;
    await store.save(siteId, SHIPPING);
    const question = "¿Cuánto tarda el reembolso?";
    const ask = async () => {
      const { socket } = await visitorInNewConversation(siteId);
      socket.send({ type: "message", clientId: "q", text: question });
      return socket.message((m) => m.role === "ai" && m.seq === 3);
    };

    // The fake embeds words, not meanings: it knows no Spanish, so the question shares nothing with either article.
    expect((await ask()).ai?.declined).toBe(true);

    // What bge-m3 does across languages, stated rather than faked: the refund passage's vector is placed where the
    // question's is. Only the vector path can find it now, as no word of the question is in it.
    const [near] = await embedder.embed([question]);
    if (!near) throw new Error("no vector for the question");
    await env.DB.batch([
      env.DB.prepare("UPDATE kb_passages SET embedding = ? WHERE article_id = ?").bind(toBlob(near), refunds),
      // A changed article is what tells the vector cache to reload (worker/kb/vector-search.ts).
      env.DB.prepare("UPDATE kb_articles SET updated_at = ? WHERE id = ?").bind(Date.now() + 1000, refunds),
    ]);
    const answer = await ask();
    expect(answer.ai?.declined).toBe(false);
    expect(answer.ai?.citations[0]?.title).toBe("Refunds");
    const calls = await fakeAiCalls("@cf/baai/bge-m3");
    expect(calls.some((c) => JSON.stringify(c.inputs).includes("reembolso"))).toBe(true);
  });

  it("the model's judgement of its answer comes after the answer, and a doubted answer on a critical topic goes to a person", async () => {
    const sureModel = fakeModel("answer");
    const doubtModel = fakeModel("doubt");
    const ask = async (model: string) => {
      const siteId = await createSite({ ai: { provider: "workers-ai", model } });
      await new ArticleRepo(env.DB, new WorkersAiEmbedder(env.AI, "@cf/baai/bge-m3")).save(siteId, REFUNDS);
      const { socket } = await visitorInNewConversation(siteId);
      // A refund request (a critical topic), not a question about how refunds work.
      socket.send({ type: "message", clientId: "q", text: "I want a refund to my card for the return" });
      const answer = (await socket.message((m) => m.role === "ai" && m.seq === 3)).ai!;
      await socket.settle(300);
      return { answer, handedOff: socket.frames.some((f) => f.type === "state" && f.state !== "bot") };
    };
    const sure = await ask(sureModel);
    const doubtful = await ask(doubtModel);
    // Both answers were stored with the retrieval evidence alone, sure enough to stay: neither waited for the judgement.
    expect(sure.answer.confidence).toBeGreaterThan(0.5);
    expect(doubtful.answer.confidence).toBeGreaterThan(0.5);
    expect(sure.handedOff).toBe(false);
    expect(doubtful.handedOff).toBe(true);
    for (const model of [sureModel, doubtModel]) {
      const judged = (await fakeAiCalls(model)).filter((c) => JSON.stringify(c.inputs).includes("check a support assistant"));
      expect(judged).toHaveLength(1);
    }
  });

  it("keeps answering lexically when the embedding model fails while saving; reindex fills the vectors later", async () => {
    const siteId = await createSite(WORKERS_AI);
    await new ArticleRepo(env.DB, new WorkersAiEmbedder(env.AI, "@cf/test/bge-throw")).save(siteId, REFUNDS);
    expect((await embeddings(siteId))[0]?.embedding).toBeNull();
    const agent = await createAgent();
    const reindex = await agentApi(agent, `/sites/${siteId}/reindex`, { method: "POST" });
    expect(await reindex.json()).toEqual({ embedded: 1 });
    expect((await embeddings(siteId))[0]?.embedding_model).toBe("@cf/baai/bge-m3");
  });
});
