/**
 * Seeds the demo: two businesses on one deployment, each a workspace with its
 * site, knowledge base and agents (see demo-data.ts).
 *   npm run seed                      local D1 (what `npm run dev` uses)
 *   npm run seed -- --remote --origin https://chat.example.com
 *   npm run seed -- --persist-to /tmp/state --port 9000   (isolated local state, for test and bench runs)
 *   npm run seed -- --no-history      (without the eight weeks of past conversations the Reports tab shows)
 * Idempotent: running it again updates the same rows (the history's ids and values are fixed for the day).
 */
import { parseArgs } from "node:util";
import { upsertAgent } from "../auth/agent-repo.ts";
import { hashPassword } from "../auth/password.ts";
import { ArticleRepo } from "../kb/article-repo.ts";
import { saveSite } from "../sites/site-repo.ts";
import { upsertMembership } from "../workspaces/membership-repo.ts";
import { saveTeam } from "../workspaces/team-repo.ts";
import { moveSiteStatements, upsertWorkspace } from "../workspaces/workspace-repo.ts";
import { DEMO_WORKSPACES, devOrigins, type DemoWorkspace } from "./demo-data.ts";
import { historyStories } from "./history-plan.ts";
import { seedConversation } from "./history-seed.ts";
import { readArticleFolder } from "./kb-folder.ts";
import { SqlRecorder } from "./sql-recorder.ts";
import { executeSql, targetFlag } from "./wrangler.ts";

const { values } = parseArgs({
  options: {
    remote: { type: "boolean" },
    origin: { type: "string", multiple: true },
    port: { type: "string" },
    "persist-to": { type: "string" },
    "no-history": { type: "boolean" },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 8787);
const origins = values.origin ?? devOrigins(port);

const sql = new SqlRecorder();
const db = sql.asD1();
const now = Date.now();

async function seed(demo: DemoWorkspace): Promise<string> {
  const { workspace, site } = demo;
  await db.batch([
    upsertWorkspace(db, { ...workspace, createdAt: now }),
    // A database from before workspaces has the demo site in 'default': it moves here.
    ...moveSiteStatements(db, site.id, workspace.id),
    saveSite(db, { ...site, workspaceId: workspace.id, allowedOrigins: origins }, now),
  ]);
  for (const agent of demo.agents) {
    await db.batch([
      upsertAgent(db, { id: agent.id, name: agent.name, email: agent.email, passwordHash: await hashPassword(agent.password) }, now),
      upsertMembership(db, workspace.id, { email: agent.email }, agent.role, now),
    ]);
  }
  for (const team of demo.teams) await saveTeam(db, workspace.id, team, now);
  const store = new ArticleRepo(db);
  const articles = readArticleFolder(demo.kbFolder);
  for (const article of articles) {
    await store.save(site.id, article.input, article.slug).catch((error: unknown) => {
      throw new Error(`demo article ${article.slug}.md: ${String(error)}`);
    });
  }
  const history = values["no-history"] ? 0 : await seedHistory(demo);
  const who = demo.agents.map((a) => `${a.email} (${a.role})`).join(", ");
  const teams = demo.teams.map((t) => `${t.name} (${t.assignment})`).join(", ");
  return `${workspace.name}: site "${site.id}" at ${demo.page}, ${articles.length} articles, ${who}${teams ? `; teams ${teams}` : ""}; ${history} past conversations`;
}

/** Past conversations for the Reports tab: the first workspace gets a few hundred, the others fewer. */
async function seedHistory(demo: DemoWorkspace): Promise<number> {
  const topicTeams: Record<string, string> = {};
  const rules = (demo.site.settings as { routing?: { rules?: { team: string; topics?: string[] }[] } }).routing?.rules ?? [];
  for (const rule of rules) for (const topic of rule.topics ?? []) topicTeams[topic] = rule.team;
  const stories = historyStories({
    workspaceId: demo.workspace.id,
    siteId: demo.site.id,
    origin: origins[0] ?? "",
    agents: demo.agents.map((a) => ({ id: a.id, name: a.name })),
    topicTeams,
    proTeam: demo.teams.some((t) => t.id === "priority") ? "priority" : null,
    count: demo === DEMO_WORKSPACES[0] ? 320 : 60,
    today: Math.floor(now / 86_400_000) * 86_400_000,
  });
  for (const story of stories) await db.batch(seedConversation(db, story));
  return stories.length;
}

const lines: string[] = [];
for (const demo of DEMO_WORKSPACES) lines.push(await seed(demo));
const persist = values["persist-to"] ? ["--persist-to", values["persist-to"]] : [];
executeSql(sql.toSql(), targetFlag(process.argv), persist);
console.log(`Seeded (origins ${origins.join(", ")}):\n  ${lines.join("\n  ")}`);
