/**
 * One concurrency step once its pairs are open: let the setup settle, take
 * the workerd processes' idle CPU, wake every conversation with one message
 * (objects idle for ~10 s have hibernated; waking them is measured apart),
 * then the measured messages, with CPU per message, memory and descriptors.
 */
import { loadavg } from "node:os";
import { cpuMsOf, round, workerdSamples } from "../lib/proc-stats.ts";
import { meterDelta, objectWakeups, perUnit, readMeter, type Counts, type MeterReading } from "../lib/meter-client.ts";
import { sleep } from "../lib/stats.ts";
import type { DevServer } from "../lib/wrangler-dev.ts";
import { describe, type DriverHandle } from "./driver-handle.ts";
import type { DriverReply } from "./messages.ts";

export interface StepPlan {
  messagesPerConversation: number;
  intervalMs: number;
  drainMs: number;
  /** Wait after opening pairs before measuring idle CPU (longer than the product's 5 s safety timer). */
  settleMs: number;
}

export interface StepResult {
  conversations: number;
  /** Delivered / sent over the wake-up and the measured messages. */
  delivered_ratio: number;
  /** The measured messages: every object awake. */
  p50: number;
  p99: number;
  max: number;
  /** One message per conversation after it sat idle settle + idle time (its object may have hibernated). */
  wake_p50: number;
  wake_p99: number;
  rss_mb: number;
  workerd: { role: string; rssMb: number; fds: number; cpuMsPerMsg: number }[];
  setup_ms: number;
  /** Pair openings that failed and were tried again on a fresh conversation (pairs.ts). */
  setup_retries?: number;
  /** workerd CPU (both processes) while the open pairs sit idle, % of one core. */
  idle_cpu_pct: number;
  /** workerd CPU (both processes) during the measured messages, per delivered message. */
  cpu_ms_per_msg: number;
  /** Durable Object handler calls and alarms (the server's meter) while the pairs sat idle, per minute. */
  idle_wakeups_per_min: number;
  /** The meter's counters that grew while the pairs sat idle, per owner (which objects woke, and for what). */
  idle_meter: Record<string, Counts>;
  /** The meter's counters during the measured messages, per delivered message (D1 statements, RPC calls, …). */
  meter_per_msg: Record<string, Counts>;
  /** 1-minute load average as the measured messages started: other work on the machine shows here. */
  load: number;
  error: string | null;
}

const IDLE_MS = 3000;

type Blasted = Extract<DriverReply, { kind: "blasted" }>;

export async function measureStep(driver: DriverHandle, server: DevServer, n: number, setupMs: number, plan: StepPlan): Promise<StepResult> {
  const pids = workerdSamples(server.process.pid).map((s) => s.pid);
  await sleep(plan.settleMs);
  const idleMeterFrom = await readMeterOrNull(server.base);
  const idleFrom = cpuMsOf(pids);
  await sleep(IDLE_MS);
  const idleCpuPct = round(((cpuMsOf(pids) - idleFrom) / IDLE_MS) * 100);
  const idleMeterTo = await readMeterOrNull(server.base);
  const idleMeter = idleMeterFrom && idleMeterTo ? meterDelta(idleMeterFrom, idleMeterTo) : null;
  const wake = await blast(driver, 1, plan);
  const load = round(loadavg()[0] ?? 0, 2);
  const meterFrom = await readMeterOrNull(server.base);
  const before = pids.map((pid) => cpuMsOf([pid]));
  const measured = await blast(driver, plan.messagesPerConversation, plan);
  const used = pids.map((pid, i) => cpuMsOf([pid]) - (before[i] ?? 0));
  const meterTo = await readMeterOrNull(server.base);
  const measuredMeter = meterFrom && meterTo ? meterDelta(meterFrom, meterTo) : null;
  const delivered = Math.max(1, measured.delivered);
  const samples = workerdSamples(server.process.pid);
  const sent = wake.sent + measured.sent;
  const lost = sent - wake.delivered - measured.delivered;
  const broken = wake.closedSockets + measured.closedSockets;
  return {
    conversations: n,
    delivered_ratio: round((wake.delivered + measured.delivered) / Math.max(1, sent), 5),
    p50: measured.p50,
    p99: measured.p99,
    max: measured.max,
    wake_p50: wake.p50,
    wake_p99: wake.p99,
    rss_mb: round(samples.reduce((sum, s) => sum + s.rssMb, 0)),
    workerd: samples.map(({ pid, role, rssMb, fds }) => ({ role, rssMb, fds, cpuMsPerMsg: round((used[pids.indexOf(pid)] ?? Number.NaN) / delivered, 3) })),
    setup_ms: setupMs,
    idle_cpu_pct: idleCpuPct,
    cpu_ms_per_msg: round(used.reduce((a, b) => a + b, 0) / delivered, 3),
    idle_wakeups_per_min: idleMeter ? round((objectWakeups(idleMeter) / IDLE_MS) * 60_000) : Number.NaN,
    idle_meter: idleMeter ?? {},
    meter_per_msg: measuredMeter ? perUnit(measuredMeter, delivered) : {},
    load,
    error: lost > 0 ? `${lost} of ${sent} messages lost; ${broken} pairs closed (${measured.firstClose ?? wake.firstClose ?? "-"})` : null,
  };
}

/** A meter reading, or null when the server is too busy to answer (the step's other figures still count). */
async function readMeterOrNull(base: string): Promise<MeterReading | null> {
  try {
    return await readMeter(base);
  } catch (error) {
    console.error(`meter not read: ${String(error)}`);
    return null;
  }
}

async function blast(driver: DriverHandle, messages: number, plan: StepPlan): Promise<Blasted> {
  const timeoutMs = messages * plan.intervalMs + plan.drainMs + 30_000;
  const reply = await driver.request({ cmd: "blast", messages, intervalMs: plan.intervalMs, drainMs: plan.drainMs }, timeoutMs);
  if (reply.kind !== "blasted") throw new Error(describe(reply));
  return reply;
}

/** What a step that could not be measured still shows. */
export function failedStep(n: number, server: DevServer, error: string): StepResult {
  const samples = workerdSamples(server.process.pid);
  return {
    conversations: n,
    delivered_ratio: 0,
    p50: Number.NaN,
    p99: Number.NaN,
    max: Number.NaN,
    wake_p50: Number.NaN,
    wake_p99: Number.NaN,
    rss_mb: round(samples.reduce((sum, s) => sum + s.rssMb, 0)),
    workerd: samples.map(({ role, rssMb, fds }) => ({ role, rssMb, fds, cpuMsPerMsg: Number.NaN })),
    setup_ms: 0,
    idle_cpu_pct: Number.NaN,
    cpu_ms_per_msg: Number.NaN,
    idle_wakeups_per_min: Number.NaN,
    idle_meter: {},
    meter_per_msg: {},
    load: round(loadavg()[0] ?? 0, 2),
    error,
  };
}
