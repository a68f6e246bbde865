/**
 * The shape of bench/results.json, and the goals it is judged against.
 * Latencies in milliseconds, sizes in bytes. A phase that failed leaves its
 * figures out and says why in `failures`.
 */
import { renameSync, writeFileSync } from "node:fs";
import type { Summary } from "../lib/stats.ts";
import type { RelayRound } from "../relay/phase.ts";
import type { Machine } from "./machine.ts";
import type { FanoutResult } from "../fanout/measure.ts";
import type { CostRow } from "../cost/phase.ts";

export type Latency = Pick<Summary, "p50" | "p90" | "p99" | "max"> & {
  cpu_ms_per_msg?: number;
  p50_median_of_rounds?: number;
  rounds?: RelayRound[];
};

export interface ConcurrencyStep {
  conversations: number;
  delivered_ratio: number | null;
  p50: number | null;
  p99: number | null;
  /** One message per conversation after the pairs sat idle ≥ 9 s (hibernated objects wake), before the measured ones. */
  wake_p99: number | null;
  rss_mb: number | null;
  setup_ms: number | null;
  /** Pair openings retried on a fresh conversation (a handshake timed out on the loaded machine). */
  setup_retries?: number | null;
  runtime_floor_setup_retries?: number | null;
  /** workerd CPU while the pairs sat idle (% of one core), and per delivered message (ms) while they talked. */
  idle_cpu_pct: number | null;
  cpu_ms_per_msg: number | null;
  runtime_floor_idle_cpu_pct: number | null;
  runtime_floor_cpu_ms_per_msg: number | null;
  /** Durable Object handler calls and alarms per minute while the pairs sat idle (the servers' meters, GET /api/meter). */
  idle_wakeups_per_min?: number | null;
  runtime_floor_idle_wakeups_per_min?: number | null;
  /** 1-minute load average when each side's messages started. */
  load: number | null;
  runtime_floor_load: number | null;
  runtime_floor_delivered_ratio: number | null;
  runtime_floor_p99: number | null;
  runtime_floor_wake_p99: number | null;
  runtime_floor_rss_mb: number | null;
  /** Per workerd process (proxy and worker): memory and open descriptors, ours then the floor. */
  workerd: { ours: WorkerdFigures[]; runtime_floor: WorkerdFigures[] };
  /** The meters' counters that grew while idle, and per delivered message while talking, per owner. */
  meter?: { idle: MeterSides; per_msg: MeterSides };
  error: string | null;
}

export type MeterSides = { ours: Record<string, Record<string, number>>; runtime_floor: Record<string, Record<string, number>> };

export interface WorkerdFigures {
  role: string;
  rssMb: number;
  fds: number;
  cpuMsPerMsg: number;
}

export interface Goal {
  goal: string;
  actual: string;
  met: boolean | null;
}

export interface Results {
  relay: {
    ours?: Latency;
    ws_floor?: Latency;
    socketio?: Latency;
    runtime_forward?: Latency;
    runtime_persist?: Latency;
    ratio_p50?: number;
    ratio_ws_p50?: number;
    ratio_p50_median_of_rounds?: number;
  };
  handoff: { p50?: number; p99?: number; conversations?: number; failures?: number };
  /** 1,000 conversations × 20 messages through auto-assign to 20 agents (bench/routing/load.ts). */
  load?: { conversations?: number; messages_per_conversation?: number; agents?: number; delivered_ratio?: number; lost?: number; out_of_order?: number; duplicated?: number; p50?: number; p99?: number };
  /** Auto-assign under a burst (bench/routing/burst.ts). */
  routing?: { agents?: number; handoffs?: number; assign_p50?: number; assign_p90?: number; assign_p99?: number; assigned?: number; over_capacity?: number; double_assigned?: number };
  ai: {
    first_frame_p50?: number;
    first_frame_p99?: number;
    typing_p50?: number;
    answer_p50?: number;
    turns?: number;
    handed_off?: number;
    embedded_turn_p50?: number;
    embedded_turn_p99?: number;
    embedded_kb?: { articles: number; passages: number; build_ms: number; declined: number };
  };
  /** The trigger engine's whole decision per visitor message, embedded path (bench/triggers/decision.ts). */
  /** The reports summary over 100,000 seeded conversations, 30 days (bench/reports/measure.ts). */
  reports?: { conversations?: number; query_p50?: number; query_p99?: number; queries?: number; goal_ms?: number; met?: boolean };
  /** One queue object's feed to 1,000 agents (bench/fanout/measure.ts). */
  fanout?: FanoutResult;
  /** What a mix of conversations uses and costs (bench/cost/phase.ts). */
  cost?: CostRow;
  triggers?: { decision_p50_ms?: number; decision_p99_ms?: number; decision_wall_p99_ms?: number; decisions?: number };
  concurrency: ConcurrencyStep[];
  concurrency_info: { load: string; ours_stopped_because?: string; runtime_floor_stopped_because?: string; /** Set when the rows come from bench/concurrency/run.ts alone. */ measured_alone?: string };
  widget: {
    loader_gz?: number;
    full_gz?: number;
    app_gz?: number;
    handoff_gz?: number;
    lang_gz?: number;
    total_gz?: number;
    loader_raw?: number;
    app_raw?: number;
    build?: string;
  };
  goals: Goal[];
  machine: Machine;
  run_seconds: number;
  failures: Record<string, string>;
  notes: string[];
}

export function latency(summary: Summary): Latency {
  return { p50: summary.p50, p90: summary.p90, p99: summary.p99, max: summary.max };
}

/** Atomic: a reader never sees half a file (results.json.tmp is git-ignored). */
export function writeResults(file: string, results: Results): void {
  const json = JSON.stringify(results, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? null : value), 2);
  writeFileSync(`${file}.tmp`, `${json}\n`);
  renameSync(`${file}.tmp`, file);
}

function goal(text: string, actual: number | undefined | null, limit: number, unit: string): Goal {
  if (actual === undefined || actual === null || !Number.isFinite(actual)) return { goal: text, actual: "not measured", met: null };
  return { goal: text, actual: `${round(actual)}${unit}`, met: actual <= limit };
}

export function judge(results: Results): Goal[] {
  const { relay, handoff, widget, concurrency } = results;
  const goals = [
    goal("relay p50 ≤ 1.25× the runtime persist-then-forward floor", relay.ratio_p50, 1.25, "×"),
    goal("handoff p50 ≤ 20 ms", handoff.p50, 20, " ms"),
    goal("handoff p99 ≤ 100 ms", handoff.p99, 100, " ms"),
    goal("widget loader ≤ 2 KB gzip", widget.loader_gz, 2048, " B"),
    goal("widget full (loader + app) ≤ 15 KB gzip", widget.full_gz, 15360, " B"),
    goal("widget everything (+ handoff, + one language) ≤ 22 KB gzip", widget.total_gz, 22528, " B"),
    goal("trigger decision per visitor message p99 ≤ 1 ms (embedded path)", results.triggers?.decision_p99_ms, 1, " ms"),
    goal("auto-assign burst: handoff → offer p50 ≤ 20 ms", results.routing?.assign_p50, 20, " ms"),
    goal("auto-assign burst: handoff → offer p99 ≤ 100 ms", results.routing?.assign_p99, 100, " ms"),
    goal("auto-assign burst: agents over capacity = 0", results.routing?.over_capacity, 0, ""),
    goal("auto-assign burst: conversations assigned twice = 0", results.routing?.double_assigned, 0, ""),
    goal("routed load: messages duplicated = 0", results.load?.duplicated, 0, ""),
    goal("routed load: messages out of order = 0", results.load?.out_of_order, 0, ""),
    goal("routed load: messages lost = 0", results.load?.lost, 0, ""),
  ];
  // A step the runtime floor could not hold either is at or past the machine's descriptor ceiling.
  const underCeiling = concurrency.filter((s) => s.delivered_ratio !== null && s.runtime_floor_delivered_ratio === 1);
  const lost = underCeiling.filter((s) => (s.delivered_ratio ?? 0) < 1);
  const ns = (steps: ConcurrencyStep[]) => steps.map((s) => s.conversations).join(", ");
  goals.push({
    goal: "delivered ratio 1.0 at every N up to the descriptor ceiling",
    actual: underCeiling.length === 0 ? "not measured" : lost.length === 0 ? `1.0 at N = ${ns(underCeiling)}` : `below 1.0 at N = ${ns(lost)}`,
    met: underCeiling.length === 0 ? null : lost.length === 0,
  });
  const at2000 = concurrency.find((s) => s.conversations === 2000);
  const ratio = at2000?.p99 && at2000.runtime_floor_p99 ? at2000.p99 / at2000.runtime_floor_p99 : undefined;
  goals.push(goal("p99 at N = 2,000 ≤ 2× the runtime floor's p99 at 2,000", ratio, 2, "×"));
  return goals;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
