/** One row per N of bench/results.json `concurrency`: ours and the runtime floor side by side. */
import type { ConcurrencyStep } from "../report/results.ts";
import type { StepResult } from "./step.ts";

export function mergeSteps(ours: StepResult[], floor: StepResult[]): ConcurrencyStep[] {
  const ns = [...new Set([...ours, ...floor].map((s) => s.conversations))].sort((a, b) => a - b);
  return ns.map((n) => {
    const o = ours.find((s) => s.conversations === n);
    const f = floor.find((s) => s.conversations === n);
    return {
      conversations: n,
      delivered_ratio: o?.delivered_ratio ?? null,
      p50: o?.p50 ?? null,
      p99: o?.p99 ?? null,
      wake_p99: o?.wake_p99 ?? null,
      rss_mb: o?.rss_mb ?? null,
      setup_ms: o?.setup_ms ?? null,
      setup_retries: o?.setup_retries ?? null,
      runtime_floor_setup_retries: f?.setup_retries ?? null,
      idle_cpu_pct: o?.idle_cpu_pct ?? null,
      cpu_ms_per_msg: o?.cpu_ms_per_msg ?? null,
      idle_wakeups_per_min: o?.idle_wakeups_per_min ?? null,
      runtime_floor_idle_wakeups_per_min: f?.idle_wakeups_per_min ?? null,
      runtime_floor_idle_cpu_pct: f?.idle_cpu_pct ?? null,
      runtime_floor_cpu_ms_per_msg: f?.cpu_ms_per_msg ?? null,
      load: o?.load ?? null,
      runtime_floor_load: f?.load ?? null,
      runtime_floor_delivered_ratio: f?.delivered_ratio ?? null,
      runtime_floor_p99: f?.p99 ?? null,
      runtime_floor_wake_p99: f?.wake_p99 ?? null,
      runtime_floor_rss_mb: f?.rss_mb ?? null,
      workerd: { ours: o?.workerd ?? [], runtime_floor: f?.workerd ?? [] },
      meter: { idle: { ours: o?.idle_meter ?? {}, runtime_floor: f?.idle_meter ?? {} }, per_msg: { ours: o?.meter_per_msg ?? {}, runtime_floor: f?.meter_per_msg ?? {} } },
      error: [o?.error && `ours: ${o.error}`, f?.error && `floor: ${f.error}`].filter(Boolean).join("; ") || null,
    };
  });
}
