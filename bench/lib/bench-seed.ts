/**
 * What the bench adds to the demo seed, through the product's repositories:
 * the demo agent takes any number of conversations (the concurrency phase
 * has one agent hold thousands), and for the routing burst N more agents in
 * an auto-assign team "burst" with capacity 3.
 *   node bench/lib/bench-seed.ts --persist-to <dir> [--agents 200 --origin http://127.0.0.1:<seed port>]
 */
import { parseArgs } from "node:util";
import { upsertAgent } from "../../worker/auth/agent-repo.ts";
import { hashPassword } from "../../worker/auth/password.ts";
import { SqlRecorder } from "../../worker/cli/sql-recorder.ts";
import { executeSql } from "../../worker/cli/wrangler.ts";
import { upsertMembership } from "../../worker/workspaces/membership-repo.ts";
import { saveTeam, setMemberCapacity } from "../../worker/workspaces/team-repo.ts";
import { saveSite } from "../../worker/sites/site-repo.ts";
import { BURST_CAPACITY, BURST_PASSWORD, BURST_SITE, BURST_TEAM, burstEmail, LOAD_AGENTS, LOAD_CAPACITY, LOAD_SITE, LOAD_TEAM, loadEmail } from "../routing/burst-agents.ts";

const WORKSPACE = "kestrel";

const { values } = parseArgs({ options: { "persist-to": { type: "string" }, agents: { type: "string", default: "0" }, origin: { type: "string" } } });
const persistTo = values["persist-to"];
if (!persistTo) throw new Error("--persist-to is required");
const count = Number(values.agents);

const sql = new SqlRecorder();
const db = sql.asD1();
const now = Date.now();
await setMemberCapacity(db, WORKSPACE, "demo-agent", 100_000);
if (count > 0) {
  const hash = await hashPassword(BURST_PASSWORD);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `bench-agent-${i}`;
    ids.push(id);
    await db.batch([upsertAgent(db, { id, name: `Bench ${i}`, email: burstEmail(i), passwordHash: hash }, now), upsertMembership(db, WORKSPACE, id, "agent", now)]);
    await setMemberCapacity(db, WORKSPACE, id, BURST_CAPACITY);
  }
  await saveTeam(db, WORKSPACE, { id: BURST_TEAM, name: "Burst", assignment: "auto", offerSeconds: 30, members: ids }, now);
  const origins = values.origin ? [values.origin] : [];
  await saveSite(db, { id: BURST_SITE, workspaceId: WORKSPACE, name: "Burst", allowedOrigins: origins, settings: { routing: { fallbackTeam: BURST_TEAM } } }, now).run();
  const loadIds: string[] = [];
  for (let i = 0; i < LOAD_AGENTS; i++) {
    const id = `load-agent-${i}`;
    loadIds.push(id);
    await db.batch([upsertAgent(db, { id, name: `Load ${i}`, email: loadEmail(i), passwordHash: hash }, now), upsertMembership(db, WORKSPACE, id, "agent", now)]);
    await setMemberCapacity(db, WORKSPACE, id, LOAD_CAPACITY);
  }
  await saveTeam(db, WORKSPACE, { id: LOAD_TEAM, name: "Load", assignment: "auto", offerSeconds: 30, members: loadIds }, now);
  await saveSite(db, { id: LOAD_SITE, workspaceId: WORKSPACE, name: "Load", allowedOrigins: origins, settings: { routing: { fallbackTeam: LOAD_TEAM } } }, now).run();
}
executeSql(sql.toSql(), "--local", ["--persist-to", persistTo]);
