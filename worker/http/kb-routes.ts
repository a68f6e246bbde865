import { Hono } from "hono";
import { z } from "zod";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import { embedderFor } from "../kb/embedder.ts";
import { ArticleInput, ArticleStore } from "../kb/article-store.ts";
import { articleFromHtml } from "../kb/html-article.ts";
import { loadSite } from "../sites/site-repo.ts";
import type { Site } from "../sites/site-settings.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "lowercase letters, digits and dashes");
const Import = z.object({ articles: z.array(ArticleInput.extend({ slug: Slug.optional() })).min(1).max(500) });
const ImportUrls = z.object({ urls: z.array(z.url({ protocol: /^https?$/ })).min(1).max(50) });
const Search = z.object({ q: z.string().trim().min(1).max(500) });

async function siteOr404(db: D1Database, siteId: string): Promise<Site> {
  const site = await loadSite(db, siteId);
  if (!site) throw apiError(404, "unknown_site", `no site with id ${siteId}`);
  return site;
}

function storeFor(env: AppEnv["Bindings"], site: Site): ArticleStore {
  return new ArticleStore(env.DB, embedderFor(env, site));
}

/**
 * The knowledge base of each site, for agents: list, read, write, delete,
 * import, and try a question. Mounted inside the agent API, behind its session check.
 */
export const kbRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { results } = await c.env.DB.prepare("SELECT id FROM sites ORDER BY name").all<{ id: string }>();
    const sites = await Promise.all(results.map((r) => loadSite(c.env.DB, r.id)));
    return c.json({ sites: sites.filter((s): s is Site => s !== null) });
  })
  .get("/:siteId/articles", async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    return c.json({ articles: await storeFor(c.env, site).list(site.id) });
  })
  .get("/:siteId/articles/:id", async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    const article = await storeFor(c.env, site).get(site.id, c.req.param("id"));
    if (!article) throw apiError(404, "not_found", `no article ${c.req.param("id")}`);
    return c.json({ article });
  })
  .post("/:siteId/articles", validate("json", ArticleInput), async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    return c.json({ article: await storeFor(c.env, site).save(site.id, c.req.valid("json")) }, 201);
  })
  .put("/:siteId/articles/:id", validate("json", ArticleInput), async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    const store = storeFor(c.env, site);
    if (!(await store.get(site.id, c.req.param("id")))) throw apiError(404, "not_found", `no article ${c.req.param("id")}`);
    return c.json({ article: await store.save(site.id, c.req.valid("json"), c.req.param("id")) });
  })
  .delete("/:siteId/articles/:id", async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    if (!(await storeFor(c.env, site).delete(site.id, c.req.param("id")))) {
      throw apiError(404, "not_found", `no article ${c.req.param("id")}`);
    }
    return c.json({ ok: true });
  })
  // A folder of Markdown files, parsed by the console or `npm run kb:import`; a slug makes re-importing update.
  .post("/:siteId/articles/import", validate("json", Import), async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    const store = storeFor(c.env, site);
    const saved = [];
    for (const { slug, ...input } of c.req.valid("json").articles) saved.push(await store.save(site.id, input, slug));
    return c.json({ imported: saved.length, articles: saved.map((a) => ({ id: a.id, title: a.title })) });
  })
  // A given list of pages, each fetched once; links are not followed.
  .post("/:siteId/articles/import-urls", validate("json", ImportUrls), async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    const store = storeFor(c.env, site);
    const results = [];
    for (const url of c.req.valid("json").urls) {
      try {
        const response = await fetch(url, { headers: { Accept: "text/html" }, redirect: "follow" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const page = await articleFromHtml(response);
        if (!page.title || !page.body) throw new Error("no title or no readable text on the page");
        const existing = (await store.list(site.id)).find((a) => a.url === url);
        const article = await store.save(site.id, { title: page.title, body: page.body, url }, existing?.id);
        results.push({ url, ok: true, id: article.id, title: article.title });
      } catch (error) {
        results.push({ url, ok: false, error: String(error) });
      }
    }
    return c.json({ results });
  })
  // Computes vectors for passages stored without them (imports from the CLI, a failed embedding call).
  .post("/:siteId/reindex", async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    const store = storeFor(c.env, site);
    let embedded = 0;
    for (let done = -1; done !== 0 && embedded < 5000; embedded += done) done = await store.embedMissing(site.id, 100);
    return c.json({ embedded });
  })
  .get("/:siteId/search", validate("query", Search), async (c) => {
    const site = await siteOr404(c.env.DB, c.req.param("siteId"));
    const question = c.req.valid("query").q;
    const answer = await new EmbeddedProvider(c.env.DB).answer({
      site,
      question,
      history: [],
      signal: AbortSignal.timeout(5000),
      onDelta: () => {},
    });
    return c.json({ question, answer: answer.text, meta: answer.meta });
  });
