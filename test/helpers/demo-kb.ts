import { env } from "cloudflare:workers";
import { ArticleRepo } from "../../worker/kb/article-repo.ts";
import { parseFrontMatter } from "../../worker/kb/front-matter.ts";
import { createSite } from "./fixtures.ts";

/** A site loaded with the demo shop's knowledge base, through the real article store. */
export async function demoKbSite(settings: Record<string, unknown> = {}): Promise<string> {
  const siteId = await createSite(settings);
  const store = new ArticleRepo(env.DB);
  for (const { slug, text } of env.DEMO_KB) {
    const article = parseFrontMatter(text);
    await store.save(siteId, { title: article.title ?? slug, body: article.body, url: article.url, tags: article.tags }, slug);
  }
  return siteId;
}
