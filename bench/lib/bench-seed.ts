/**
 * What the bench adds to the demo seed, through the product's repositories:
 * the demo agent takes any number of conversations (the concurrency phase
 * has one agent hold thousands), and for the routing burst N more agents in
 * an auto-assign team "burst" with capacity 3. The demo site's unanswered
 * deadline is the longest there is (4 hours): the bench's agent never
 * replies, and at the default 2 minutes the deadline would release the
 * conversations the concurrency phase measures, one by one, mid-run. For the
 * fan-out phase, N agents in a manual team "fanout" with a signed-in session
 * each (ids from routing/burst-agents.ts), so the bench skips N password sign-ins.
 *   node bench/lib/bench-seed.ts --persist-to <dir> [--agents 200] [--fanout 1000] [--origin http://127.0.0.1:<seed port>]
 */
import { parseArgs } from "node:util";
import { upsertAgent } from "../../worker/auth/agent-repo.ts";
import { insertSession } from "../../worker/auth/session-repo.ts";
import { hashPassword } from "../../worker/auth/password.ts";
import { SqlRecorder } from "../../worker/cli/sql-recorder.ts";
import { executeSql } from "../../worker/cli/wrangler.ts";
import { upsertMembership } from "../../worker/workspaces/membership-repo.ts";
import { saveTeam, setMemberCapacity } from "../../worker/workspaces/team-repo.ts";
import { saveSite } from "../../worker/sites/site-repo.ts";
import { DEMO, devOrigins } from "../../worker/cli/demo-data.ts";
import { BURST_CAPACITY, BURST_PASSWORD, BURST_SITE, BURST_TEAM, burstEmail, FANOUT_SITE, FANOUT_TEAM, fanoutAgent, fanoutSession, LOAD_AGENTS, LOAD_CAPACITY, LOAD_SITE, LOAD_TEAM, loadEmail } from "../routing/burst-agents.ts";

const WORKSPACE = "kestrel";

const { values } = parseArgs({ options: { "persist-to": { type: "string" }, agents: { type: "string", default: "0" }, fanout: { type: "string", default: "0" }, origin: { type: "string" } } });
const persistTo = values["persist-to"];
if (!persistTo) throw new Error("--persist-to is required");
const count = Number(values.agents);
const fanout = Number(values.fanout);
const origins = values.origin ? [values.origin] : [];

const sql = new SqlRecorder();
const db = sql.asD1();
const now = Date.now();
await setMemberCapacity(db, WORKSPACE, "demo-agent", 100_000);
const demoOrigins = values.origin ? devOrigins(Number(new URL(values.origin).port)) : [];
const demoSettings = { ...DEMO.site.settings, routing: { ...DEMO.site.settings.routing, unansweredMinutes: 240 } };
await saveSite(db, { id: DEMO.site.id, workspaceId: WORKSPACE, name: DEMO.site.name, allowedOrigins: demoOrigins, settings: demoSettings }, now).run();
if (count > 0) {
  const hash = await hashPassword(BURST_PASSWORD);
  await seedTeam({ prefix: "bench-agent", name: "Bench", email: burstEmail, agents: count, capacity: BURST_CAPACITY, team: BURST_TEAM, teamName: "Burst", site: BURST_SITE });
  await seedTeam({ prefix: "load-agent", name: "Load", email: loadEmail, agents: LOAD_AGENTS, capacity: LOAD_CAPACITY, team: LOAD_TEAM, teamName: "Load", site: LOAD_SITE });

  /** `agents` members of capacity `capacity` in an auto-assign team, and a site whose handoffs all go to it. */
  async function seedTeam(t: { prefix: string; name: string; email: (i: number) => string; agents: number; capacity: number; team: string; teamName: string; site: string }): Promise<void> {
    const ids: string[] = [];
    for (let i = 0; i < t.agents; i++) {
      const id = `${t.prefix}-${i}`;
      ids.push(id);
      await db.batch([upsertAgent(db, { id, name: `${t.name} ${i}`, email: t.email(i), passwordHash: hash }, now), upsertMembership(db, WORKSPACE, id, "agent", now)]);
      await setMemberCapacity(db, WORKSPACE, id, t.capacity);
    }
    await saveTeam(db, WORKSPACE, { id: t.team, name: t.teamName, assignment: "auto", offerSeconds: 30, members: ids }, now);
    await saveSite(db, { id: t.site, workspaceId: WORKSPACE, name: t.teamName, allowedOrigins: origins, settings: { routing: { fallbackTeam: t.team } } }, now).run();
  }
}
if (fanout > 0) {
  // No password: these agents only ever use the session minted here.
  const ids: string[] = [];
  for (let i = 0; i < fanout; i++) {
    const id = fanoutAgent(i);
    ids.push(id);
    await db.batch([upsertAgent(db, { id, name: `Fan-out ${i}`, email: `${id}@bench.example`, passwordHash: "" }, now), upsertMembership(db, WORKSPACE, id, "agent", now)]);
    await insertSession(db, fanoutSession(i), id, now, now + 24 * 3_600_000);
  }
  await saveTeam(db, WORKSPACE, { id: FANOUT_TEAM, name: "Fan-out", assignment: "manual", offerSeconds: 30, members: ids }, now);
  await saveSite(db, { id: FANOUT_SITE, workspaceId: WORKSPACE, name: "Fan-out", allowedOrigins: origins, settings: { routing: { fallbackTeam: FANOUT_TEAM } } }, now).run();
}
executeSql(sql.toSql(), "--local", ["--persist-to", persistTo]);
