/**
 * Child processes the runner starts, each in its own process group so that
 * stopping it also stops what it started (wrangler → workerd). Everything
 * started here is stopped by `stopAll`, and killed outright if the runner
 * exits without getting that far.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";

const GRACE_MS = 5_000;

export interface Started {
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Started and not yet ended. */
const live = new Map<ChildProcess, Started>();

// Last resort on any exit path: no grace period is possible here, only SIGKILL.
process.on("exit", () => {
  for (const child of live.keys()) killGroup(child, "SIGKILL");
});

/** Starts `command`, appending its output to `log`. */
export function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: WriteStream }): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true, // own process group: killGroup reaches its children too
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(options.log, { end: false });
  child.stderr?.pipe(options.log, { end: false });
  const exited = new Promise<number | string>((resolve) => {
    child.on("exit", (code, signal) => {
      live.delete(child);
      killGroup(child, "SIGKILL"); // helpers it left behind in its group (workerd under wrangler)
      resolve(code ?? signal ?? "unknown");
    });
    child.on("error", (error) => {
      live.delete(child);
      options.log.write(`\n[runner] could not start ${command}: ${error.message}\n`);
      resolve("spawn-error");
    });
  });
  const handle = { child, exited };
  live.set(child, handle);
  return handle;
}

/** Runs a command to completion within `timeoutMs`; throws with the log path when it fails. */
export async function runToEnd(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logPath: string; timeoutMs: number },
): Promise<void> {
  const log = createWriteStream(options.logPath, { flags: "a" });
  log.write(`\n[runner] ${label}: ${command} ${args.join(" ")}\n`);
  const started = start(command, args, { ...options, log });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
  });
  const outcome = await Promise.race([started.exited, timedOut]);
  clearTimeout(timer);
  if (outcome === "timeout") await stop(started);
  await new Promise<void>((resolve) => log.end(resolve));
  if (outcome === "timeout") throw new Error(`${label} took longer than ${options.timeoutMs / 1000} s (log: ${options.logPath})`);
  if (outcome !== 0) throw new Error(`${label} failed (exit ${outcome}; log: ${options.logPath})`);
}

/** Stops everything still running (a build or migration cut short by Ctrl-C, say). */
export async function stopAll(): Promise<void> {
  await Promise.all([...live.values()].map((one) => stop(one)));
}

/** SIGTERM to the whole group, SIGKILL if it is still there after a grace period. */
export async function stop(started: Started): Promise<void> {
  if (!live.has(started.child)) return;
  killGroup(started.child, "SIGTERM");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), GRACE_MS);
  });
  if ((await Promise.race([started.exited, late])) === "late") {
    killGroup(started.child, "SIGKILL");
    await started.exited;
  }
  clearTimeout(timer);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
