/**
 * The cost phase: its own server (METER=on where the tree has the meter) on
 * a pristine copy of the product state; one agent signs in and watches the
 * queue (not counted: a shift's cost, not a conversation's), then N
 * conversations of each kind (cost/mix.ts) one after another. Before and
 * after each kind: the client tally, the meter (GET /api/meter: Worker
 * requests, Durable Object handler calls and RPCs, D1 rows from D1's meta,
 * AI calls), the workerd CPU and the rows the objects hold. The differences
 * per conversation go into cost/model.ts.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { BatonClient } from "../lib/baton-client.ts";
import { cpuMsOf, round, workerdSamples } from "../lib/proc-stats.ts";
import { sleep } from "../lib/stats.ts";
import { startOurs, type Stack } from "../stack.ts";
import { readMeter, type MeterReading } from "./meter-reader.ts";
import { AI_QUESTIONS, aiOnly, handedOff, type Agent, type Kind } from "./mix.ts";
import { per1000, priceSources, type KbShape, type Mix, type PerConversation, type Per1000 } from "./model.ts";
import { durableObjectRows, knowledgeBase } from "./state-store.ts";
import { minus, Tally, type Counts } from "./tally.ts";

export const COST_PLAN = { ai_only: 30, handed_off: 15 } as const;
/** The stated mix: 70 % answered by the AI alone, 30 % handed to a person. */
export const COST_MIX: Mix = { ai_only: 0.7, handed_off: 0.3 };
/** After a kind's last conversation: outbox deliveries, queue positions and D1 syncs due soon run before the reading. */
const SETTLE_MS = 3000;

interface Reading {
  counts: Counts;
  meter: MeterReading | null;
  cpuMs: number;
  doRows: number;
}

export interface CostRow {
  conversations: typeof COST_PLAN;
  /** "meter": counts from GET /api/meter; "client": the meter is absent, server-side counts are estimates. */
  counted_by: "meter" | "client";
  per_conversation: Record<Kind, PerConversation>;
  kb: KbShape;
  per_1000: { embedded: Per1000; workers_ai: Per1000 };
  prices: ReturnType<typeof priceSources>;
  estimates: string[];
}

export async function runCost(stack: Stack, signal: AbortSignal): Promise<CostRow> {
  const server = await startOurs(stack, "ours-cost", { METER: "on" });
  const state = path.join(stack.runDir, "state-ours-cost");
  const tally = new Tally();
  try {
    const client = new BatonClient(server.base, stack.origin);
    const workerPids = () => workerdSamples(server.process.pid).filter((p) => p.role === "worker").map((p) => p.pid);
    const read = async (): Promise<Reading> => ({ counts: { ...tally.counts }, meter: await readMeter(server.base), cpuMs: cpuMsOf(workerPids()), doRows: durableObjectRows(state) });
    const token = await client.login();
    const agent: Agent = { token, queue: tally.track(await client.queueSocket(token)) };
    const perConversation = {} as Record<Kind, PerConversation>;
    let meterSeen = true;
    for (const kind of ["ai_only", "handed_off"] as const) {
      await sleep(SETTLE_MS);
      const before = await read();
      for (let i = 0; i < COST_PLAN[kind] && !signal.aborted; i++) {
        if (kind === "ai_only") await aiOnly(client, tally);
        else await handedOff(client, tally, agent);
      }
      await sleep(SETTLE_MS);
      const after = await read();
      meterSeen &&= before.meter !== null && after.meter !== null;
      perConversation[kind] = perOne(before, after, kind);
    }
    agent.queue.close();
    client.closePresence();
    const kb: KbShape = { ...knowledgeBase(state, "demo"), mean_question_chars: Math.round(AI_QUESTIONS.reduce((s, q) => s + q.length, 0) / AI_QUESTIONS.length) };
    return {
      conversations: COST_PLAN,
      counted_by: meterSeen ? "meter" : "client",
      per_conversation: perConversation,
      kb,
      per_1000: { embedded: per1000(perConversation, COST_MIX, "embedded", kb), workers_ai: per1000(perConversation, COST_MIX, "workers-ai", kb) },
      prices: priceSources(),
      estimates: estimates(meterSeen),
    };
  } finally {
    await server.stop();
    if (process.env.BENCH_KEEP_STATE !== "1") rmSync(state, { recursive: true, force: true });
  }
}

function perOne(before: Reading, after: Reading, kind: Kind): PerConversation {
  const c = minus(after.counts, before.counts);
  const n = Math.max(1, c.conversations);
  const m = after.meter && before.meter ? after.meter.minus(before.meter) : null;
  // Without the meter: one Worker request per HTTP request or upgrade; each upgrade is one object request too.
  const workerRequests = m ? m.workerRequests - 1 : c.http_requests;
  const doRequests = m ? m.doRequests : c.ws_upgrades + c.ws_sent / 20;
  return {
    worker_requests: round(workerRequests / n, 2),
    worker_cpu_ms: round((after.cpuMs - before.cpuMs) / n, 2),
    do_requests: round(doRequests / n, 2),
    ws_messages_in: round((m ? m.wsMessagesIn : c.ws_sent) / n, 2),
    do_active_ms: round(c.waited_ms / n, 1),
    do_rows_written: round((Math.max(0, after.doRows - before.doRows) + (m ? m.alarmsSet : 0)) / n, 2),
    d1_rows_read: m ? round(m.d1RowsRead / n, 2) : Number.NaN,
    d1_rows_written: m ? round(m.d1RowsWritten / n, 2) : Number.NaN,
    ai_turns: round(c.ai_answers / n, 2),
    moved_on: round(c.moved_on / n, 2),
    handoffs: kind === "handed_off" ? 1 : 0,
    ai_calls: m ? round(m.aiCalls / n, 2) : Number.NaN,
  };
}

function estimates(meterSeen: boolean): string[] {
  const out = [
    "worker_cpu_ms is the local worker workerd's CPU (the Worker and all objects, under wrangler dev): an upper bound of billed Worker CPU",
    "do_active_ms is the client-observed wait of every action (an upper bound of the objects' active time for it); Workers AI adds an assumed 2 s per turn",
    "do_rows_written = rows the objects hold afterwards + alarms set: a lower bound (updates and deletes unseen); rows read are not measured",
    "Workers AI tokens are modelled from the prompt the provider builds (~4 characters a token); the local stack answers with the embedded provider and calls no model",
    "the agent's sign-in, presence and queue sockets are per shift, not per conversation, and are left out; the console's HTTP reads (lists, transcripts) are not driven",
  ];
  if (!meterSeen) out.unshift("no meter in this tree (GET /api/meter absent): Worker and Durable Object requests are counted from the client side, D1 rows and AI calls are not measured");
  return out;
}
