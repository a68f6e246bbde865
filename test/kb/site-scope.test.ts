import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EmbeddedProvider } from "../../worker/ai/embedded-provider.ts";
import { ArticleRepo } from "../../worker/kb/article-repo.ts";
import { WorkersAiEmbedder } from "../../worker/kb/embedder.ts";
import { searchPassages } from "../../worker/kb/passage-repo.ts";
import { vectorSearch } from "../../worker/kb/vector-search.ts";
import { loadSite } from "../../worker/sites/site-repo.ts";
import { createSite, createWorkspace } from "../helpers/fixtures.ts";

const ALPHA = { title: "Refunds at Alpha", body: "## Refund window\n\nAlpha refunds any order within 30 days, to the original card." };
const BRAVO = { title: "Refunds at Bravo", body: "## Refund window\n\nBravo refunds unworn shoes within 60 days as store credit." };

/** Two businesses whose knowledge bases answer the same question differently. */
async function twoSites(settings: Record<string, unknown> = {}) {
  const [alpha, bravo] = await Promise.all([createSite(settings, undefined, await createWorkspace("Alpha")), createSite(settings, undefined, await createWorkspace("Bravo"))]);
  const embedder = settings.ai ? new WorkersAiEmbedder(env.AI, "@cf/baai/bge-m3") : null;
  const store = new ArticleRepo(env.DB, embedder);
  const alphaArticle = (await store.save(alpha, ALPHA)).id;
  const bravoArticle = (await store.save(bravo, BRAVO)).id;
  return { alpha, bravo, alphaArticle, bravoArticle, embedder };
}

describe("a site's knowledge base answers only its own visitors", () => {
  it("full-text search returns only the site's passages, even for words both sites use", async () => {
    const { alpha, bravo, alphaArticle, bravoArticle } = await twoSites();
    const fromAlpha = await searchPassages(env.DB, alpha, "how long is the refund window", 10);
    const fromBravo = await searchPassages(env.DB, bravo, "how long is the refund window", 10);
    expect(fromAlpha.map((h) => h.articleId)).toEqual([alphaArticle]);
    expect(fromBravo.map((h) => h.articleId)).toEqual([bravoArticle]);
    // A word only the other site has finds nothing.
    expect(await searchPassages(env.DB, bravo, "original card", 10)).toEqual([]);
  });

  it("the embedded AI answers each visitor from their own site's articles only", async () => {
    const { alpha, bravo, alphaArticle, bravoArticle } = await twoSites();
    const ask = async (siteId: string) => {
      const site = await loadSite(env.DB, siteId);
      if (!site) throw new Error(`no site ${siteId}`);
      return new EmbeddedProvider(env.DB).answer({ site, question: "How many days do I have for a refund?", history: [], signal: AbortSignal.timeout(5000), onDelta: () => {} });
    };
    const [a, b] = await Promise.all([ask(alpha), ask(bravo)]);
    expect(a.meta.citations.map((c) => c.articleId)).toEqual([alphaArticle]);
    expect(a.text).toContain("30 days");
    expect(b.meta.citations.map((c) => c.articleId)).toEqual([bravoArticle]);
    expect(b.text).toContain("60 days");
    expect(b.meta.retrieval.map((r) => r.articleId)).not.toContain(alphaArticle);
  });

  it("vector search (Workers AI embeddings) scans only the site's passages", async () => {
    const { alpha, bravo, alphaArticle, bravoArticle, embedder } = await twoSites({ ai: { provider: "workers-ai" } });
    if (!embedder) throw new Error("no embedder");
    const [query] = await embedder.embed(["refund window"]);
    if (!query) throw new Error("no query vector");
    const passagesOf = async (siteId: string) =>
      (await env.DB.prepare("SELECT id, article_id FROM kb_passages WHERE site_id = ?").bind(siteId).all<{ id: number; article_id: string }>()).results;
    const alphaIds = (await passagesOf(alpha)).map((p) => p.id);
    const bravoIds = (await passagesOf(bravo)).map((p) => p.id);
    const hits = await vectorSearch(env.DB, alpha, embedder.model, query, 10);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => alphaIds.includes(h.passageId))).toBe(true);
    expect(hits.some((h) => bravoIds.includes(h.passageId))).toBe(false);
    expect((await passagesOf(alpha)).every((p) => p.article_id === alphaArticle)).toBe(true);
    expect((await passagesOf(bravo)).every((p) => p.article_id === bravoArticle)).toBe(true);
  });
});
