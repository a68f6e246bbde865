/** The run's figures as plain-text tables on stdout. */
import type { Results } from "./results.ts";

function table(title: string, header: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(show))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [`\n${title}`, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

function show(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "-";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "-";
  return value;
}

export function printTables(r: Results): void {
  const out: string[] = [];
  const relayRows = (["ours", "ws_floor", "socketio", "runtime_forward", "runtime_persist"] as const).map((k) => {
    const l = r.relay[k];
    return [k, l?.p50, l?.p90, l?.p99, l?.max, l?.rounds?.map((r) => r.p50).join(" / "), l?.cpu_ms_per_msg];
  });
  out.push(table(`Relay latency, visitor → agent, ms (${r.relay.ours?.rounds?.length ?? "-"} rounds × 2,000 msgs, 1 per 2 ms, after 300 warm-up)`, ["target", "p50", "p90", "p99", "max", "p50 per round", "server CPU ms/msg"], relayRows));
  out.push(`ratio_p50 (ours / runtime persist) = ${show(r.relay.ratio_p50)} (median of rounds: ${show(r.relay.ratio_p50_median_of_rounds)})   ratio_ws_p50 (ours / ws) = ${show(r.relay.ratio_ws_p50)}`);
  out.push(table("Handoff and AI, ms", ["measure", "p50", "p99"], [
    [`handoff: explicit request → queue_update (${show(r.handoff.conversations)} convs)`, r.handoff.p50, r.handoff.p99],
    [`AI: question → first ai_delta (${show(r.ai.turns)} turns)`, r.ai.first_frame_p50, r.ai.first_frame_p99],
    ["AI: question → typing (ai)", r.ai.typing_p50, null],
    ["AI: question → stored answer", r.ai.answer_p50, null],
    [`embedded provider in Node, ${show(r.ai.embedded_kb?.articles)} articles / ${show(r.ai.embedded_kb?.passages)} passages`, r.ai.embedded_turn_p50, r.ai.embedded_turn_p99],
    [`trigger decision per visitor message, CPU (${show(r.triggers?.decisions)} messages)`, r.triggers?.decision_p50_ms, r.triggers?.decision_p99_ms],
    [`auto-assign burst: handoff → offer (${show(r.routing?.handoffs)} handoffs, ${show(r.routing?.agents)} agents)`, r.routing?.assign_p50, r.routing?.assign_p99],
    [`routed load: visitor → assigned agent (${show(r.load?.conversations)} × ${show(r.load?.messages_per_conversation)} msgs, ${show(r.load?.agents)} agents)`, r.load?.p50, r.load?.p99],
  ]));
  const f = r.fanout;
  out.push(table(`Fan-out: one queue object → ${show(f?.agents)} agents, handoff → the last agent's queue_update, ms`, ["part", "handoffs", "last p50", "last p99", "each p50", "each p99", "delivered", "worker CPU ms/handoff", "load"],
    [f?.lone, f?.rate, f?.small].map((p, i) => [["lone", `${show(f?.rate.rate_per_s)}/s`, `lone, ${show(f?.small?.agents)} feeds`][i] ?? "", p?.handoffs, p?.last_agent_p50, p?.last_agent_p99, p?.delivery_p50, p?.delivery_p99, p?.delivered_ratio, p?.worker_cpu_ms_per_handoff, p?.load]),
  ));
  const c = r.cost;
  if (c) out.push(`cost per 1,000 conversations (${c.per_1000.embedded.mix.ai_only * 100} % AI-only): embedded $${c.per_1000.embedded.usd}, Workers AI $${c.per_1000.workers_ai.usd}`);
  out.push(`auto-assign burst: assigned ${show(r.routing?.assigned)}, over capacity ${show(r.routing?.over_capacity)}, assigned twice ${show(r.routing?.double_assigned)}   routed load: delivered ${show(r.load?.delivered_ratio)}, lost ${show(r.load?.lost)}, out of order ${show(r.load?.out_of_order)}, duplicated ${show(r.load?.duplicated)}`);
  out.push(table(`Concurrency (${r.concurrency_info.load})`, ["N", "delivered", "p50", "p99", "floor p99", "ours/floor", "wake p99", "floor", "RSS MB", "floor RSS", "fds ours", "CPU ms/msg", "floor", "idle CPU %", "floor", "idle wakes/min", "floor", "load", "floor", "setup s"],
    r.concurrency.map((s) => [
      s.conversations,
      s.delivered_ratio,
      s.p50,
      s.p99,
      s.runtime_floor_p99,
      s.p99 && s.runtime_floor_p99 ? Math.round((s.p99 / s.runtime_floor_p99) * 100) / 100 : null,
      s.wake_p99,
      s.runtime_floor_wake_p99,
      s.rss_mb,
      s.runtime_floor_rss_mb,
      s.workerd.ours.map((w) => w.fds).join("+") || null,
      s.cpu_ms_per_msg,
      s.runtime_floor_cpu_ms_per_msg,
      s.idle_cpu_pct,
      s.runtime_floor_idle_cpu_pct,
      s.idle_wakeups_per_min ?? null,
      s.runtime_floor_idle_wakeups_per_min ?? null,
      s.load,
      s.runtime_floor_load,
      s.setup_ms === null ? null : Math.round(s.setup_ms / 100) / 10,
    ]),
  ));
  if (r.concurrency_info.ours_stopped_because) out.push(`ours stopped: ${r.concurrency_info.ours_stopped_because}`);
  if (r.concurrency_info.runtime_floor_stopped_because) out.push(`runtime floor stopped: ${r.concurrency_info.runtime_floor_stopped_because}`);
  out.push(table("Widget, bytes", ["asset", "gzip", "raw"], [
    ["loader (widget.js, before first open)", r.widget.loader_gz, r.widget.loader_raw],
    ["app (widget-app.js, on first open)", r.widget.app_gz, r.widget.app_raw],
    ["full (loader + app)", r.widget.full_gz, null],
    ["handoff (widget-handoff.js, on the way to a person)", r.widget.handoff_gz, null],
    ["one language (largest widget-i18n-<lang>.js)", r.widget.lang_gz, null],
    ["everything (+ handoff, + one language)", r.widget.total_gz, null],
  ]));
  out.push(table("Goals", ["goal", "actual", "met"], r.goals.map((g) => [g.goal, g.actual, g.met === null ? "?" : g.met ? "yes" : "NO"])));
  const failures = Object.entries(r.failures);
  if (failures.length > 0) out.push(`\nFailed phases:\n${failures.map(([k, v]) => `  ${k}: ${v.split("\n")[0]}`).join("\n")}`);
  const m = r.machine;
  out.push(`\n${m.cpus} × ${m.cpu_model}, ${m.memory_gb} GB, Node ${m.node}, wrangler ${m.wrangler}, load ${m.load_start} → ${show(m.load_end)}, ${m.date}, run ${r.run_seconds} s`);
  console.log(out.join("\n"));
}
