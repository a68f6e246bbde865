/**
 * The servers a bench run measures, each on free loopback ports with its own
 * state under the run's temporary directory: the product (a frozen snapshot,
 * see lib/snapshot.ts) and the runtime floor, both under `wrangler dev
 * --local` with observability off.
 */
import { cpSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { freePort } from "./lib/ports.ts";
import { snapshotProduct, type ProductSnapshot } from "./lib/snapshot.ts";
import { prepareProductState, ROOT, runToEnd, startDev, type DevServer } from "./lib/wrangler-dev.ts";
import { BURST } from "./routing/burst-agents.ts";

/** Agents on the fan-out phase's one queue (bench/fanout/measure.ts). */
export const FANOUT_AGENTS = 1000;
export type OursName = "ours" | "ours-concurrency" | "ours-fanout" | "ours-cost";

export interface Stack {
  runDir: string;
  /** The page origin the seeded demo site allows; sent as `Origin` by the visitor clients. */
  origin: string;
  snapshot: ProductSnapshot;
  secret: string;
}

/**
 * Product state for the latency phases and pristine copies for the concurrency, fan-out and cost phases
 * (the fan-out copy also holds its 1,000 signed-in agents), plus the snapshot.
 */
export async function prepareStack(runDir: string): Promise<Stack> {
  const seedPort = await freePort();
  const state = path.join(runDir, "state-ours");
  // The routing burst's agents, in an auto-assign team.
  prepareProductState(state, seedPort, ROOT, BURST.agents);
  cpSync(state, path.join(runDir, "state-ours-concurrency"), { recursive: true });
  cpSync(state, path.join(runDir, "state-ours-cost"), { recursive: true });
  const fanout = path.join(runDir, "state-ours-fanout");
  cpSync(state, fanout, { recursive: true });
  const seed = [path.join(ROOT, "bench/lib/bench-seed.ts"), "--persist-to", fanout, "--fanout", String(FANOUT_AGENTS), "--origin", `http://127.0.0.1:${seedPort}`];
  runToEnd(process.execPath, seed, 300_000);
  return {
    runDir,
    origin: `http://127.0.0.1:${seedPort}`,
    snapshot: snapshotProduct(runDir),
    secret: randomBytes(32).toString("base64url"),
  };
}

export function startOurs(stack: Stack, name: OursName, extraVars: Record<string, string> = {}): Promise<DevServer> {
  return startDev({
    name,
    config: stack.snapshot.config,
    noBundle: true,
    persistTo: path.join(stack.runDir, `state-${name}`),
    logFile: path.join(stack.runDir, `${name}.log`),
    // One address sends thousands of messages and starts: the abuse limits would be what is measured.
    // METER: the counts behind idle_wakeups_per_min and the per-message figures (GET /api/meter).
    vars: { AUTH_SECRET: stack.secret, ABUSE_LIMITS: "off", METER: "on", ...extraVars },
    readyPath: "/api/health",
  });
}

export function startRuntimeFloor(stack: Stack, name: "floor" | "floor-concurrency"): Promise<DevServer> {
  return startDev({
    name,
    config: path.join(ROOT, "bench/runtime-floor/wrangler.toml"),
    persistTo: path.join(stack.runDir, `state-${name}`),
    logFile: path.join(stack.runDir, `${name}.log`),
    vars: { METER: "on" },
    readyPath: "/",
  });
}
