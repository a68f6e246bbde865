/**
 * Starts `wrangler dev --local` the way the bench needs it: a free loopback
 * port, isolated state (`--persist-to`), local observability off, metrics
 * off, its own AUTH_SECRET, and a raised open-file limit.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { freePort } from "./ports.ts";
import { start, stop, type Started } from "./processes.ts";
import { sleep } from "./stats.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules/.bin");

/** Node 22 from node_modules/.bin first: wrangler refuses the system's Node 20. */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${path.dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    WRANGLER_SEND_METRICS: "false",
    X_LOCAL_OBSERVABILITY: "false",
    ...extra,
  };
}

/** Runs a command to completion; throws with its output's tail when it fails or overruns. */
export function runToEnd(command: string, args: string[], timeoutMs: number, cwd = ROOT): string {
  const result = spawnSync(command, args, { cwd, env: benchEnv(), encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL" });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`${path.basename(command)} ${args.join(" ")}: ${why}\n${output.slice(-1500)}`);
  }
  return output;
}

/**
 * The product's D1: migrations, then the demo seed (site allowed for origin port `seedPort`).
 * `root` is the checkout (a scratch copy when profiling variants).
 */
export function prepareProductState(persistTo: string, seedPort: number, root = ROOT, burstAgents = 0): void {
  runToEnd(path.join(BIN, "wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo], 120_000, root);
  runToEnd(process.execPath, [path.join(root, "worker/cli/seed.ts"), "--persist-to", persistTo, "--port", String(seedPort)], 120_000, root);
  runToEnd(process.execPath, [path.join(root, "bench/lib/bench-seed.ts"), "--persist-to", persistTo, "--agents", String(burstAgents), "--origin", `http://127.0.0.1:${seedPort}`], 300_000, root);
}

export interface DevServer {
  name: string;
  base: string;
  port: number;
  /** The V8 inspector of the worker (Chrome DevTools protocol), for CPU profiles (bench/profile/cpu.ts). */
  inspectorPort: number;
  process: Started;
  stop: () => Promise<void>;
}

export interface DevOptions {
  name: string;
  persistTo: string;
  logFile: string;
  /** wrangler config; the product's wrangler.toml when absent. */
  config?: string;
  vars?: Record<string, string>;
  /** Serve `main` as it is (a bundle made beforehand, see snapshot.ts). */
  noBundle?: boolean;
  readyPath: string;
  readyTimeoutMs?: number;
}

export async function startDev(options: DevOptions): Promise<DevServer> {
  const port = await freePort();
  const inspector = await freePort();
  const args = ["dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", options.persistTo];
  args.push("--inspector-port", String(inspector), "--show-interactive-dev-session=false", "--log-level", "warn");
  if (options.config) args.push("--config", options.config);
  if (options.noBundle) args.push("--no-bundle");
  for (const [key, value] of Object.entries(options.vars ?? {})) args.push("--var", `${key}:${value}`);
  const proc = start(options.name, [path.join(BIN, "wrangler"), ...args], { cwd: ROOT, env: benchEnv(), logFile: options.logFile });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (!proc.alive()) throw new Error(`${options.name}: wrangler dev exited early (${await proc.exited}); see ${options.logFile}`);
    try {
      const response = await fetch(`${base}${options.readyPath}`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status < 500) return { name: options.name, base, port, inspectorPort: inspector, process: proc, stop: () => stop(proc) };
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  await stop(proc);
  throw new Error(`${options.name}: not ready within ${options.readyTimeoutMs ?? 60_000} ms; see ${options.logFile}`);
}
