import { Hono, type Context } from "hono";
import { z } from "zod";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import { embedderFor } from "../kb/embedder.ts";
import { ArticleInput, ArticleRepo, type Article } from "../kb/article-repo.ts";
import { articleFromHtml } from "../kb/html-article.ts";
import { markPublished } from "../gaps/gap-store.ts";
import type { Site } from "../sites/site-settings.ts";
import type { AppEnv } from "./app-env.ts";
import { audited } from "./audit.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { requireRole, scopedSite } from "./workspace-scope.ts";

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "lowercase letters, digits and dashes");
const Import = z.object({ articles: z.array(ArticleInput.extend({ slug: Slug.optional() })).min(1).max(500) });
const ImportUrls = z.object({ urls: z.array(z.url({ protocol: /^https?$/ })).min(1).max(50) });
const Search = z.object({ q: z.string().trim().min(1).max(500) });

async function siteAndStore(c: Context<AppEnv>): Promise<{ site: Site; store: ArticleRepo }> {
  const site = await scopedSite(c, c.req.param("siteId") ?? "");
  return { site, store: new ArticleRepo(c.env.DB, embedderFor(c.env, site)) };
}

/** What the audit log keeps of an article: enough to see what changed, without a copy of every body. */
function summary(article: Article | null) {
  return article ? { title: article.title, url: article.url, tags: article.tags, bodyChars: article.body.length } : null;
}

async function record(c: Context<AppEnv>, action: string, before: Article | null, after: Article | null): Promise<void> {
  const article = after ?? before;
  if (!article) return;
  const target = { type: "article", id: article.id, label: article.title };
  await audited(c, { action, target, before: summary(before), after: summary(after) }).run();
}

/**
 * A site's knowledge base: members read it and try questions; admins write,
 * import and re-index. Mounted under a site of the current workspace.
 */
export const kbRoutes = new Hono<AppEnv>()
  .get("/articles", async (c) => {
    const { site, store } = await siteAndStore(c);
    return c.json({ articles: await store.list(site.id) });
  })
  .get("/articles/:articleId", async (c) => {
    const { site, store } = await siteAndStore(c);
    const article = await store.get(site.id, c.req.param("articleId"));
    if (!article) throw apiError(404, "not_found", `no article ${c.req.param("articleId")}`);
    return c.json({ article });
  })
  .post("/articles", requireRole("admin"), validate("json", ArticleInput), async (c) => {
    const { site, store } = await siteAndStore(c);
    const article = await store.save(site.id, c.req.valid("json"));
    await record(c, "article.create", null, article);
    return c.json({ article }, 201);
  })
  .put("/articles/:articleId", requireRole("admin"), validate("json", ArticleInput), async (c) => {
    const { site, store } = await siteAndStore(c);
    const before = await store.get(site.id, c.req.param("articleId"));
    if (!before) throw apiError(404, "not_found", `no article ${c.req.param("articleId")}`);
    const article = await store.save(site.id, c.req.valid("json"), before.id, before.status);
    await record(c, "article.update", before, article);
    return c.json({ article });
  })
  // A draft (from a knowledge gap) goes live: indexed now, found by every retrieval path from then on.
  .post("/articles/:articleId/publish", requireRole("admin"), async (c) => {
    const { site, store } = await siteAndStore(c);
    const before = await store.get(site.id, c.req.param("articleId"));
    if (!before) throw apiError(404, "not_found", `no article ${c.req.param("articleId")}`);
    const article = before.status === "published" ? before : await store.publish(site.id, before.id);
    if (!article) throw apiError(404, "not_found", `no article ${c.req.param("articleId")}`);
    await markPublished(c.env.DB, article.id, article.updatedAt);
    if (before.status === "draft") await record(c, "article.publish", before, article);
    return c.json({ article });
  })
  .delete("/articles/:articleId", requireRole("admin"), async (c) => {
    const { site, store } = await siteAndStore(c);
    const before = await store.get(site.id, c.req.param("articleId"));
    if (!before || !(await store.delete(site.id, before.id))) throw apiError(404, "not_found", `no article ${c.req.param("articleId")}`);
    await record(c, "article.delete", before, null);
    return c.json({ ok: true });
  })
  // A folder of Markdown files, parsed by the console or `npm run kb:import`; a slug makes re-importing update.
  .post("/articles/import", requireRole("admin"), validate("json", Import), async (c) => {
    const { site, store } = await siteAndStore(c);
    const saved = [];
    for (const { slug, ...input } of c.req.valid("json").articles) saved.push(await store.save(site.id, input, slug));
    const target = { type: "site", id: site.id, label: site.name };
    await audited(c, { action: "article.import", target, after: { articles: saved.map((a) => ({ id: a.id, title: a.title })) } }).run();
    return c.json({ imported: saved.length, articles: saved.map((a) => ({ id: a.id, title: a.title })) });
  })
  // A given list of pages, each fetched once; links are not followed.
  .post("/articles/import-urls", requireRole("admin"), validate("json", ImportUrls), async (c) => {
    const { site, store } = await siteAndStore(c);
    const results = [];
    for (const url of c.req.valid("json").urls) {
      try {
        const response = await fetch(url, { headers: { Accept: "text/html" }, redirect: "follow" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const page = await articleFromHtml(response);
        if (!page.title || !page.body) throw new Error("no title or no readable text on the page");
        const existing = (await store.list(site.id)).find((a) => a.url === url);
        const article = await store.save(site.id, { title: page.title, body: page.body, url }, existing?.id, existing?.status);
        await record(c, existing ? "article.update" : "article.create", existing ?? null, article);
        results.push({ url, ok: true, id: article.id, title: article.title });
      } catch (error) {
        results.push({ url, ok: false, error: String(error) });
      }
    }
    return c.json({ results });
  })
  // Computes vectors for passages stored without them (imports from the CLI, a failed embedding call).
  .post("/reindex", requireRole("admin"), async (c) => {
    const { site, store } = await siteAndStore(c);
    let embedded = 0;
    for (let done = -1; done !== 0 && embedded < 5000; embedded += done) done = await store.embedMissing(site.id, 100);
    return c.json({ embedded });
  })
  .get("/search", validate("query", Search), async (c) => {
    const { site } = await siteAndStore(c);
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
