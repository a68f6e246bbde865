/** What the figures were measured on: they mean little without it. */
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/wrangler-dev.ts";

export interface Machine {
  cpus: number;
  cpu_model: string;
  memory_gb: number;
  free_memory_gb: number;
  node: string;
  wrangler: string;
  date: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews latencies. */
  load_start: number;
  load_end: number | null;
  git_commit: string;
  git_dirty: boolean;
}

export function machine(): Machine {
  return {
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? "unknown",
    memory_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    free_memory_gb: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    wrangler: readVersion("node_modules/wrangler/package.json"),
    date: new Date().toISOString(),
    load_start: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    load_end: null,
    git_commit: git(["rev-parse", "--short", "HEAD"]),
    git_dirty: git(["status", "--porcelain", "--", "worker", "widget", "migrations", "wrangler.toml"]) !== "",
  };
}

export function currentLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

/** Read-only git queries (the bench never changes the repository). */
function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

function readVersion(file: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
