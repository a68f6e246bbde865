/**
 * The first owner and workspace of a fresh deployment, in one command:
 *   npm run setup -- "Acme Support" owner@acme.example "Dana Smith"            local D1
 *   npm run setup -- "Acme Support" owner@acme.example "Dana Smith" --remote   deployed D1
 * The password comes from AGENT_PASSWORD, or a strong one is generated and printed once.
 * Everything after that (sites, members, settings) is done in the console.
 */
import { parseArgs } from "node:util";
import { newAgentId, upsertAgent } from "../auth/agent-repo.ts";
import { hashPassword } from "../auth/password.ts";
import { upsertMembership } from "../workspaces/membership-repo.ts";
import { newWorkspaceId, upsertWorkspace } from "../workspaces/workspace-repo.ts";
import { initialPassword } from "./initial-password.ts";
import { SqlRecorder } from "./sql-recorder.ts";
import { executeSql, targetFlag } from "./wrangler.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { remote: { type: "boolean" }, "workspace-id": { type: "string" }, "persist-to": { type: "string" } },
});
const [workspaceName, email, ownerName] = positionals;
if (!workspaceName || !email || !ownerName || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error('usage: npm run setup -- "Workspace name" owner@example.com "Owner Name" [--remote]');
  process.exit(2);
}
const { password, generated } = initialPassword();

const sql = new SqlRecorder();
const db = sql.asD1();
const now = Date.now();
const workspaceId = values["workspace-id"] ?? newWorkspaceId();
const agentId = newAgentId();
await db.batch([
  upsertWorkspace(db, { id: workspaceId, name: workspaceName, createdAt: now }),
  upsertAgent(db, { id: agentId, name: ownerName, email, passwordHash: await hashPassword(password) }, now),
  // By email: an existing account keeps its id (and gets the new password).
  upsertMembership(db, workspaceId, { email }, "owner", now),
]);
executeSql(sql.toSql(), targetFlag(process.argv), values["persist-to"] ? ["--persist-to", values["persist-to"]] : []);
console.log(`Workspace "${workspaceName}" (${workspaceId}) is ready.`);
console.log(`${ownerName} <${email}> owns it and can log in at /console${generated ? ` with password: ${password}` : "."}`);
