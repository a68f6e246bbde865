/**
 * Imports a folder of Markdown help articles into a site's knowledge base.
 *   npm run kb:import -- ./help-articles --site shop            local D1
 *   npm run kb:import -- ./help-articles --site shop --remote   deployed D1
 * Each file becomes one article whose id is the file name, so importing the
 * folder again updates articles instead of duplicating them. Front matter
 * (title, url, tags) is optional; the title falls back to the first # heading.
 * With Workers AI, run "Reindex" in the console (or POST .../reindex) afterwards to add vectors.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ArticleRepo } from "../kb/article-repo.ts";
import { readArticleFolder } from "./kb-folder.ts";
import { SqlRecorder } from "./sql-recorder.ts";
import { executeSql, targetFlag } from "./wrangler.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { site: { type: "string" }, remote: { type: "boolean" } },
});
const [folder] = positionals;
if (!folder || !values.site) {
  console.error("usage: npm run kb:import -- <folder> --site <site id> [--remote]");
  process.exit(2);
}
const articles = readArticleFolder(path.resolve(folder));
if (articles.length === 0) {
  console.error(`no .md files in ${folder}`);
  process.exit(2);
}
const sql = new SqlRecorder();
const store = new ArticleRepo(sql.asD1());
for (const article of articles) {
  await store.save(values.site, article.input, article.slug).catch((error: unknown) => {
    throw new Error(`${article.slug}.md: ${String(error)}`);
  });
}
executeSql(sql.toSql(), targetFlag(process.argv));
console.log(`Imported ${articles.length} articles into site "${values.site}".`);
