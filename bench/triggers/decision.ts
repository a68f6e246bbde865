/**
 * The trigger engine's cost per visitor message on the embedded path, in
 * Node: everything the conversation runs for one message (the decision
 * before the AI answers; after a canned answer, the preview that settles its
 * wording and the decision after it), on labelled messages from the Bitext
 * sample and the dev set (never the held-out test set), each a turn of a
 * three-turn conversation.
 *   node bench/triggers/decision.ts [count]
 */
import { loadavg } from "node:os";
import path from "node:path";
import type { AiAnswer } from "../../worker/ai/provider.ts";
import { settleAnswer } from "../../worker/conversation/answer-wording.ts";
import { readLabelledCsv } from "../../worker/cli/labelled-csv.ts";
import type { ChatMessage } from "../../worker/protocol/index.ts";
import { evaluateTriggers } from "../../worker/triggers/engine.ts";
import { DEFAULT_POLICY } from "../../worker/triggers/policy.ts";
import { summarize, type Summary } from "../lib/stats.ts";
import { ROOT } from "../lib/wrangler-dev.ts";

const WARM_UP = 300;

function answer(i: number): AiAnswer {
  const declined = i % 3 === 0;
  const text = declined ? "I couldn't find that in our help articles, and I'd rather not guess. Would you like me to connect you with a person?" : `Standard delivery takes 2 to 4 working days (order ${i}).`;
  return { text, meta: { provider: "embedded", model: "bench", confidence: declined ? 0.1 : 0.7, citations: [], declined, latencyMs: 1, retrieval: [] } };
}

function message(seq: number, role: ChatMessage["role"], text: string, ai?: ChatMessage["ai"]): ChatMessage {
  return { seq, id: `m${seq}`, clientId: null, role, author: null, authorId: null, text, at: seq, ...(ai ? { ai } : {}) };
}

export interface DecisionCost {
  /** CPU time of the process per message: what the decision costs, whatever else shares the machine. */
  cpu: Summary;
  /** Wall-clock time per message, which a busy machine inflates. */
  wall: Summary;
  messages: number;
}

export async function measureDecisions(count = 3000): Promise<DecisionCost> {
  const texts = [
    ...readLabelledCsv(path.join(ROOT, "../shared/data/bitext-support-sample.csv")),
    ...readLabelledCsv(path.join(ROOT, "data/triggers/dev.csv")),
  ].map((r) => r.instruction);
  const times: number[] = [];
  const cpu: number[] = [];
  // Conversations of three visitor turns, each turn measured as the conversation runs it: a turn's messages
  // were new when they arrived, and the earlier ones had been read at their own turn.
  for (let i = 0; times.length < count; i++) {
    const history = [message(1, "ai", "Hi! Ask me anything, or ask for a person at any time.")];
    for (let turn = 0; turn < TURNS; turn++) {
      const n = i * TURNS + turn;
      history.push(message(history.length + 1, "visitor", `${texts[(n * 7) % texts.length] ?? ""} (${n})`));
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const before = evaluateTriggers({ phase: "visitor_message", history, policy: DEFAULT_POLICY });
      if (before.action === "handoff") {
        record(times, cpu, started, cpuStarted, n);
        break;
      }
      const settled = settleAnswer(history, answer(n), DEFAULT_POLICY);
      history.push(message(history.length + 1, "ai", settled.text, settled.meta));
      evaluateTriggers({ phase: "after_ai", history, policy: DEFAULT_POLICY });
      record(times, cpu, started, cpuStarted, n);
    }
  }
  return { cpu: summarize(cpu.slice(0, count)), wall: summarize(times.slice(0, count)), messages: texts.length };
}

const TURNS = 3;

function record(times: number[], cpu: number[], started: number, cpuStarted: NodeJS.CpuUsage, n: number): void {
  if (n < WARM_UP) return;
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpuStarted);
  cpu.push((used.user + used.system) / 1000);
}

if (import.meta.main) {
  const { cpu, wall, messages } = await measureDecisions(Number(process.argv[2] ?? 3000));
  console.log(`trigger decision per visitor message, ${cpu.n} messages (${messages} distinct texts)`);
  console.log(`  CPU:  p50 ${cpu.p50} ms, p90 ${cpu.p90} ms, p99 ${cpu.p99} ms, max ${cpu.max} ms`);
  console.log(`  wall: p50 ${wall.p50} ms, p90 ${wall.p90} ms, p99 ${wall.p99} ms, max ${wall.max} ms (load ${loadavg()[0]?.toFixed(2)})`);
  console.log(JSON.stringify({ triggers: { decision_p50_ms: cpu.p50, decision_p99_ms: cpu.p99 } }));
}
