/**
 * The product, served the way `npm run dev` serves it, but on a free port
 * and with all local state (D1, Durable Objects) in a throwaway directory,
 * so a developer's .wrangler/state is never read or written.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../../bench/lib/ports.ts";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import { onTeardown } from "../lib/teardown.ts";
import { runToEnd, start, stop, type Started } from "./processes.ts";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const WRANGLER = path.join(ROOT, "node_modules/.bin/wrangler");
// wrangler's `#!/usr/bin/env node` must find this Node (22+), not an older system one, however the runner was started.
const PATH = [path.dirname(process.execPath), path.join(ROOT, "node_modules/.bin"), process.env.PATH].join(path.delimiter);
const ENV: NodeJS.ProcessEnv = { ...process.env, PATH, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", CI: "1" };

const BUILD_MS = 120_000;
const WRANGLER_STEP_MS = 90_000;
const READY_MS = 90_000;

export interface TestServer {
  baseUrl: string;
  agent: { name: string; email: string; password: string };
  /** The server's output (build, migrations, seed, wrangler dev), for diagnosing a failure. */
  logPath: string;
  /** This run's AUTH_SECRET: a scenario can sign what only the server (or an email it sent) would hold, e.g. a resume link. */
  authSecret: string;
}

/**
 * Builds, migrates and seeds, then starts `wrangler dev`; resolves once
 * /api/health answers. Stopping it (and removing its state) is left to teardown.
 */
export async function startTestServer(logDir: string): Promise<TestServer> {
  const stateDir = mkdtempSync(path.join(tmpdir(), "baton-browser-"));
  const logPath = path.join(logDir, "server.log");
  let dev: Started | null = null;
  // Registered at once: an interrupted build or migration still gets its state removed.
  onTeardown("the test server", async () => {
    if (dev) await stop(dev);
    rmSync(stateDir, { recursive: true, force: true });
  });
  const port = await freePort();
  const inspectorPort = await freePort();
  const step = { cwd: ROOT, env: ENV, logPath };
  await runToEnd("build", process.execPath, [path.join(ROOT, "worker/cli/build.ts")], { ...step, timeoutMs: BUILD_MS });
  const persist = ["--local", "--persist-to", stateDir];
  await runToEnd("D1 migrations", WRANGLER, ["d1", "migrations", "apply", "DB", ...persist], { ...step, timeoutMs: WRANGLER_STEP_MS });
  // The demo site (its allowed origins name our port), its knowledge base and the demo agent.
  const seed = [path.join(ROOT, "worker/cli/seed.ts"), "--port", String(port), "--persist-to", stateDir];
  // TMPDIR: seed.ts leaves its SQL file in a temp folder; ours is removed with the state.
  await runToEnd("seed", process.execPath, seed, { ...step, env: { ...ENV, TMPDIR: stateDir }, timeoutMs: WRANGLER_STEP_MS });

  const log = createWriteStream(logPath, { flags: "a" });
  const args = ["dev", ...persist, "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort)];
  // A per-run secret; it overrides any AUTH_SECRET in a developer's .dev.vars.
  const authSecret = randomBytes(32).toString("base64url");
  args.push("--var", `AUTH_SECRET:${authSecret}`, "--show-interactive-dev-session=false");
  log.write(`\n[runner] wrangler ${args.join(" ").replace(/AUTH_SECRET:\S+/, "AUTH_SECRET:…")}\n`);
  dev = start(WRANGLER, args, { cwd: ROOT, env: ENV, log });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, dev, logPath);
  const { name, email, password } = DEMO.agents[0];
  return { baseUrl, agent: { name, email, password }, logPath, authSecret };
}

async function waitForHealth(baseUrl: string, dev: Started, logPath: string): Promise<void> {
  let exited: number | string | null = null;
  void dev.exited.then((code) => (exited = code));
  const deadline = Date.now() + READY_MS;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`wrangler dev exited (${exited}) before it served (log: ${logPath})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      const body = (await response.json()) as { ok?: boolean };
      if (response.ok && body.ok === true) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer /api/health within ${READY_MS / 1000} s (log: ${logPath})`);
}
