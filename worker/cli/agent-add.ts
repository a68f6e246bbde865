/**
 * Adds an agent (or resets their password).
 *   npm run agent:add -- "Dana Smith" dana@example.com            local D1
 *   npm run agent:add -- "Dana Smith" dana@example.com --remote   deployed D1
 * The password comes from AGENT_PASSWORD, or a strong one is generated and printed once.
 */
import { parseArgs } from "node:util";
import { randomId } from "../auth/base64url.ts";
import { hashPassword } from "../auth/password.ts";
import { inline } from "./sql-recorder.ts";
import { targetFlag, wrangler } from "./wrangler.ts";

const { positionals } = parseArgs({ allowPositionals: true, options: { remote: { type: "boolean" } } });
const [name, email] = positionals;
if (!name || !email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error('usage: npm run agent:add -- "Full Name" email@example.com [--remote]');
  process.exit(2);
}
const generated = !process.env.AGENT_PASSWORD;
const password = process.env.AGENT_PASSWORD ?? randomId(15);
if (password.length < 12) {
  console.error("AGENT_PASSWORD must be at least 12 characters");
  process.exit(2);
}
const statement = inline(
  `INSERT INTO agents (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
   ON CONFLICT (email) DO UPDATE SET name = excluded.name, password_hash = excluded.password_hash`,
  [`agent-${randomId(9)}`, email, name, await hashPassword(password), Date.now()],
);
// The statement's line breaks are outside its string literals (name, email, hash have none).
wrangler(["d1", "execute", "DB", targetFlag(process.argv), "--command", statement.replace(/\s*\n\s*/g, " "), "--yes"]);
console.log(`Agent ${name} <${email}> can log in at /console${generated ? ` with password: ${password}` : "."}`);
