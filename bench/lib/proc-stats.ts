/** Resident memory and open descriptors of a process tree, from /proc (Linux). */
import { readdirSync, readFileSync } from "node:fs";
import { commandName, descendants } from "./processes.ts";

export interface ProcessSample {
  pid: number;
  /** "proxy" (wrangler's entry workerd) or "worker" (the one running the Worker, with the inspector). */
  role: "proxy" | "worker";
  rssMb: number;
  fds: number;
}

export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

export function openFds(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

/** The workerd processes under `rootPid` (wrangler dev runs two: the proxy and the worker). */
export function workerdSamples(rootPid: number): ProcessSample[] {
  return descendants(rootPid)
    .filter((pid) => commandName(pid) === "workerd")
    .map((pid) => ({ pid, role: workerdRole(pid), rssMb: round(rssMb(pid)), fds: openFds(pid) }));
}

function workerdRole(pid: number): "proxy" | "worker" {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--inspector-addr") ? "worker" : "proxy";
  } catch {
    return "proxy";
  }
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** CPU time (user + system) a process has used, in ms; /proc/<pid>/stat counts in clock ticks (100 per second on Linux). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start at index 2 of the split below.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Total CPU ms of several processes. */
export function cpuMsOf(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
}

/** The soft open-file limit a process runs with (what `ulimit -n` gave it). */
export function openFileLimit(pid: number): number {
  try {
    const limits = readFileSync(`/proc/${pid}/limits`, "utf8");
    return Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}
