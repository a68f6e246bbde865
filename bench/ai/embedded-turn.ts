/**
 * The embedded provider's own time per turn, in Node: the product's
 * ArticleRepo and EmbeddedProvider on an in-memory D1 (node:sqlite, FTS5)
 * holding a generated 1,000-article knowledge base.
 */
import path from "node:path";
import { EmbeddedProvider } from "../../worker/ai/embedded-provider.ts";
import { NodeD1 } from "../../worker/cli/node-d1.ts";
import { ArticleRepo } from "../../worker/kb/article-repo.ts";
import { SiteSettings, type Site } from "../../worker/sites/site-settings.ts";
import { summarize, type Summary } from "../lib/stats.ts";
import { ROOT } from "../lib/wrangler-dev.ts";
import { generateKb } from "./kb-generator.ts";

export interface EmbeddedTurnResult extends Summary {
  articles: number;
  passages: number;
  buildMs: number;
  declined: number;
}

export async function measureEmbeddedTurns(articles = 1000, questions = 300, signal?: AbortSignal): Promise<EmbeddedTurnResult> {
  const db = new NodeD1();
  try {
    db.migrate(path.join(ROOT, "migrations"));
    const site: Site = { id: "bench", workspaceId: "bench", name: "Bench Outdoor", allowedOrigins: [], settings: SiteSettings.parse({}) };
    db.sqlite.prepare("INSERT INTO sites (id, name, allowed_origins, settings, created_at) VALUES (?, ?, '[]', '{}', ?)").run(site.id, site.name, Date.now());
    const kb = generateKb(articles, questions);
    const store = new ArticleRepo(db.asD1());
    const built = performance.now();
    for (const article of kb.articles) await store.save(site.id, article.input, article.slug);
    const buildMs = performance.now() - built;
    const passages = Number((db.sqlite.prepare("SELECT count(*) AS n FROM kb_passages").get() as { n: number }).n);
    const provider = new EmbeddedProvider(db.asD1());
    const times: number[] = [];
    let declined = 0;
    // A few unmeasured turns first: the JIT and SQLite's page cache warm up.
    for (const question of [...kb.questions.slice(0, 20), ...kb.questions]) {
      if (signal?.aborted) break;
      const started = performance.now();
      const answer = await provider.answer({ site, question, history: [], signal: new AbortController().signal, onDelta: () => {} });
      times.push(performance.now() - started);
      if (answer.meta.declined) declined++;
    }
    return { ...summarize(times.slice(20)), articles: kb.articles.length, passages, buildMs: Math.round(buildMs), declined };
  } finally {
    db.close();
  }
}
