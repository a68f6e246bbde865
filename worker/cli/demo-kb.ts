import path from "node:path";
import { ArticleStore } from "../kb/article-store.ts";
import { SiteSettings, type Site } from "../sites/site-settings.ts";
import { DEMO } from "./demo-data.ts";
import { readArticleFolder } from "./kb-folder.ts";
import { NodeD1 } from "./node-d1.ts";
import { ROOT } from "./wrangler.ts";

/** The demo shop and its knowledge base in an in-memory D1, for the evaluation scripts and benchmarks. */
export async function demoKnowledgeBase(): Promise<{ db: NodeD1; site: Site; articles: number }> {
  const db = new NodeD1();
  db.migrate(path.join(ROOT, "migrations"));
  const site: Site = { id: DEMO.site.id, name: DEMO.site.name, allowedOrigins: [], settings: SiteSettings.parse(DEMO.site.settings) };
  await db
    .prepare("INSERT INTO sites (id, name, allowed_origins, settings, created_at) VALUES (?, ?, ?, ?, ?)")
    .bind(site.id, site.name, "[]", JSON.stringify(DEMO.site.settings), Date.now())
    .run();
  const store = new ArticleStore(db.asD1());
  const articles = readArticleFolder(DEMO.kbFolder);
  for (const article of articles) await store.save(site.id, article.input, article.slug);
  return { db, site, articles: articles.length };
}
