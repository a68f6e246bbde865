import path from "node:path";
import { ArticleRepo } from "../kb/article-repo.ts";
import { saveSite } from "../sites/site-repo.ts";
import { SiteSettings, type Site } from "../sites/site-settings.ts";
import { DEMO } from "./demo-data.ts";
import { readArticleFolder } from "./kb-folder.ts";
import { NodeD1 } from "./node-d1.ts";
import { ROOT } from "./wrangler.ts";

/** The demo site and its knowledge base in an in-memory D1, through the product's ArticleRepo. */
export async function demoKnowledgeBase(): Promise<{ db: NodeD1; site: Site; articles: number }> {
  const db = new NodeD1();
  db.migrate(path.join(ROOT, "migrations"));
  const site: Site = { id: DEMO.site.id, workspaceId: "default", name: DEMO.site.name, allowedOrigins: [], settings: SiteSettings.parse(DEMO.site.settings) };
  await saveSite(db.asD1(), { ...site, settings: DEMO.site.settings }, Date.now()).run();
  const store = new ArticleRepo(db.asD1());
  const articles = readArticleFolder(DEMO.kbFolder);
  for (const article of articles) await store.save(site.id, article.input, article.slug);
  return { db, site, articles: articles.length };
}
