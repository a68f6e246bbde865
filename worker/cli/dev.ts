/**
 * `npm run dev`: the whole product on this machine, no Cloudflare account.
 * Builds the front ends, applies D1 migrations locally, seeds the demo, and
 * serves it all with `wrangler dev --local` on 127.0.0.1 (PORT, default 8787).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildAll } from "./build.ts";
import { ROOT, wrangler, wranglerForeground } from "./wrangler.ts";

const port = Number(process.env.PORT ?? 8787);
const varsFile = path.join(ROOT, ".dev.vars");
if (!existsSync(varsFile)) {
  // A fresh random secret per checkout: never a secret in the code.
  // Email on, against the local simulation (npm run email:outbox shows what was sent); see .dev.vars.example.
  const email = "EMAIL_FROM=support@kestrel.example\nEMAIL_REPLY_DOMAIN=reply.kestrel.example\n";
  writeFileSync(varsFile, `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n${email}`);
  console.log("Created .dev.vars with a random AUTH_SECRET and the demo's email settings.");
}

await buildAll();
wrangler(["d1", "migrations", "apply", "DB", "--local"]);
const seed = spawnSync(process.execPath, [path.join(ROOT, "worker/cli/seed.ts"), "--port", String(port)], {
  stdio: "inherit",
  cwd: ROOT,
});
if (seed.status !== 0) process.exit(seed.status ?? 1);

console.log(`\nDemo shop:      http://127.0.0.1:${port}/`);
console.log(`Agent console:  http://127.0.0.1:${port}/console  (demo@kestrel.example / demo-agent-password)\n`);
wranglerForeground(["dev", "--local", "--ip", "127.0.0.1", "--port", String(port), ...process.argv.slice(2)]);
