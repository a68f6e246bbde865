/**
 * Adds an agent to a workspace (or resets their password). Invitations from
 * the console's Settings → Members do the same without a terminal.
 *   npm run agent:add -- "Dana Smith" dana@example.com --workspace ws_abc [--role agent|admin|owner] [--remote]
 * The password comes from AGENT_PASSWORD, or a strong one is generated and printed once.
 */
import { parseArgs } from "node:util";
import { newAgentId, upsertAgent } from "../auth/agent-repo.ts";
import { hashPassword } from "../auth/password.ts";
import { upsertMembership } from "../workspaces/membership-repo.ts";
import { MemberRole } from "../workspaces/roles.ts";
import { initialPassword } from "./initial-password.ts";
import { SqlRecorder } from "./sql-recorder.ts";
import { executeSql, targetFlag } from "./wrangler.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { remote: { type: "boolean" }, workspace: { type: "string" }, role: { type: "string", default: "agent" } },
});
const [name, email] = positionals;
const role = MemberRole.safeParse(values.role);
if (!name || !email || !/^[^@\s]+@[^@\s]+$/.test(email) || !values.workspace || !role.success) {
  console.error('usage: npm run agent:add -- "Full Name" email@example.com --workspace <workspace id> [--role agent|admin|owner] [--remote]');
  process.exit(2);
}
const { password, generated } = initialPassword();
const sql = new SqlRecorder();
const db = sql.asD1();
const now = Date.now();
await db.batch([
  upsertAgent(db, { id: newAgentId(), name, email, passwordHash: await hashPassword(password) }, now),
  upsertMembership(db, values.workspace, { email }, role.data, now),
]);
executeSql(sql.toSql(), targetFlag(process.argv));
console.log(`Agent ${name} <${email}> (${role.data} of ${values.workspace}) can log in at /console${generated ? ` with password: ${password}` : "."}`);
