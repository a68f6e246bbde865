/**
 * Every process the bench starts goes through here: each in its own process
 * group (so wrangler's workerd children die with it), logged to a file, and
 * stopped in `finally` or on SIGINT/SIGTERM, by process group and by pid.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { openSync, readdirSync, readFileSync } from "node:fs";

export interface Started {
  name: string;
  child: ChildProcess;
  pid: number;
  logFile: string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
  alive: () => boolean;
}

export interface StartOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Raise the open-file limit first (through bash), as far as the hard limit allows. */
  maxOpenFiles?: number;
  /** Add an IPC channel (fd 3) for child_process messages. */
  ipc?: boolean;
}

const running = new Set<Started>();

export function start(name: string, command: string[], options: StartOptions): Started {
  const log = openSync(options.logFile, "a");
  const stdio: StdioOptions = options.ipc ? ["ignore", log, log, "ipc"] : ["ignore", log, log];
  const limit = options.maxOpenFiles ?? 20_000;
  // `ulimit -n` may be refused above the hard limit; then the current one stays.
  const script = `ulimit -n ${limit} 2>/dev/null || ulimit -n hard 2>/dev/null; exec "$@"`;
  const child = spawn("bash", ["-c", script, "bash", ...command], { cwd: options.cwd, env: options.env, stdio, detached: true });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command.join(" ")}`);
  let ended = false;
  const exited = new Promise<number | string>((resolve) => {
    child.on("exit", (code, signal) => {
      ended = true;
      resolve(code ?? signal ?? "unknown");
    });
  });
  const started: Started = { name, child, pid: child.pid, logFile: options.logFile, exited, alive: () => !ended };
  running.add(started);
  return started;
}

/** All live descendants of `pid` (children, grandchildren…), read from /proc. */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const visit = (parent: number) => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = "";
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, "utf8");
      } catch {
        continue;
      }
      for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
        out.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return out;
}

export function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/** Stops the process group gently, then for good; also any descendant that left the group. */
export async function stop(started: Started, graceMs = 3000): Promise<void> {
  if (!running.has(started)) return;
  const family = descendants(started.pid);
  signalGroup(started, "SIGTERM");
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
  await Promise.race([started.exited, timeout]);
  signalGroup(started, "SIGKILL");
  for (const pid of family) killPid(pid, "SIGKILL");
  running.delete(started);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => stop(s)));
}

function signalGroup(started: Started, signal: NodeJS.Signals): void {
  try {
    process.kill(-started.pid, signal);
  } catch {
    // group already gone
  }
}

function killPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** On Ctrl-C, SIGTERM or an unexpected exit, nothing the bench started outlives it. */
export function stopAllOnExit(): void {
  const killNow = () => {
    for (const started of running) {
      const family = descendants(started.pid);
      signalGroup(started, "SIGKILL");
      for (const pid of family) killPid(pid, "SIGKILL");
    }
    running.clear();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything the bench started`);
      killNow();
      process.exit(130);
    });
  }
  process.once("exit", killNow);
}
