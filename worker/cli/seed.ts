/**
 * Seeds the demo site, its knowledge base and the demo agent.
 *   npm run seed                      local D1 (what `npm run dev` uses)
 *   npm run seed -- --remote --origin https://chat.example.com
 *   npm run seed -- --persist-to /tmp/state --port 9000   (isolated local state, for test and bench runs)
 * Idempotent: running it again updates the same rows.
 */
import { parseArgs } from "node:util";
import { hashPassword } from "../auth/password.ts";
import { ArticleStore } from "../kb/article-store.ts";
import { DEMO, devOrigins } from "./demo-data.ts";
import { readArticleFolder } from "./kb-folder.ts";
import { SqlRecorder, inline } from "./sql-recorder.ts";
import { executeSql, targetFlag } from "./wrangler.ts";

const { values } = parseArgs({
  options: {
    remote: { type: "boolean" },
    origin: { type: "string", multiple: true },
    port: { type: "string" },
    "persist-to": { type: "string" },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 8787);
const origins = values.origin ?? devOrigins(port);

const sql = new SqlRecorder();
const now = Date.now();
sql.statements.push(
  inline(
    `INSERT INTO sites (id, name, allowed_origins, settings, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, allowed_origins = excluded.allowed_origins, settings = excluded.settings`,
    [DEMO.site.id, DEMO.site.name, JSON.stringify(origins), JSON.stringify(DEMO.site.settings), now],
  ),
  inline(
    `INSERT INTO agents (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, password_hash = excluded.password_hash`,
    [DEMO.agent.id, DEMO.agent.email, DEMO.agent.name, await hashPassword(DEMO.agent.password), now],
  ),
);
const store = new ArticleStore(sql.asD1());
const articles = readArticleFolder(DEMO.kbFolder);
for (const article of articles) {
  await store.save(DEMO.site.id, article.input, article.slug).catch((error: unknown) => {
    throw new Error(`demo article ${article.slug}.md: ${String(error)}`);
  });
}

const persist = values["persist-to"] ? ["--persist-to", values["persist-to"]] : [];
executeSql(sql.toSql(), targetFlag(process.argv), persist);
console.log(`Seeded site "${DEMO.site.id}" (origins ${origins.join(", ")}), ${articles.length} articles, agent ${DEMO.agent.email}.`);
