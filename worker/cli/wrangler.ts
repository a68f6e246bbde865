import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules/.bin/wrangler");

const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false" };

/** Runs wrangler to completion with its output shown; exits the process when it fails. */
export function wrangler(args: string[]): void {
  const result = spawnSync(BIN, args, { cwd: ROOT, stdio: "inherit", env: ENV });
  if (result.status !== 0) {
    console.error(`wrangler ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Starts a long-running wrangler (dev) and forwards Ctrl-C to it. */
export function wranglerForeground(args: string[], extraEnv: Record<string, string> = {}): void {
  const child = spawn(BIN, args, { cwd: ROOT, stdio: "inherit", env: { ...ENV, ...extraEnv } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

/** `--remote` targets the deployed D1; everything else is local. */
export function targetFlag(argv: string[]): "--local" | "--remote" {
  return argv.includes("--remote") ? "--remote" : "--local";
}

/** Runs a SQL script against D1 (`--local`/`--remote`, plus any extra flags) and removes its temporary file. */
export function executeSql(sql: string, target: "--local" | "--remote", extra: string[] = []): void {
  const dir = mkdtempSync(path.join(tmpdir(), "baton-sql-"));
  try {
    const file = path.join(dir, "script.sql");
    writeFileSync(file, sql);
    wrangler(["d1", "execute", "DB", target, "--file", file, "--yes", ...extra]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
