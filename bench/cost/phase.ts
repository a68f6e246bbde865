/**
 * The cost phase: its own server (METER=on) on
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
import { meterDelta, readMeter, type MeterReading } from "../lib/meter-client.ts";
import { billed } from "./billed.ts";
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
  meter: MeterReading;
  cpuMs: number;
  doRows: number;
}

export interface CostRow {
  conversations: typeof COST_PLAN;
  per_conversation: Record<Kind, PerConversation>;
  /** Durable Object requests per conversation, by class. */
  do_requests_by_class: Record<Kind, Record<string, number>>;
  /** What the client saw per conversation: HTTP requests and upgrades, frames sent and received. */
  client: Record<Kind, Counts>;
  kb: KbShape;
  per_1000: { embedded: Per1000; workers_ai: Per1000 };
  prices: ReturnType<typeof priceSources>;
  estimates: string[];
}

export async function runCost(stack: Stack, signal: AbortSignal): Promise<CostRow> {
  const server = await startOurs(stack, "ours-cost");
  const state = path.join(stack.runDir, "state-ours-cost");
  const tally = new Tally();
  try {
    const client = new BatonClient(server.base, stack.origin);
    const workerPids = () => workerdSamples(server.process.pid).filter((p) => p.role === "worker").map((p) => p.pid);
    const read = async (): Promise<Reading> => ({ counts: { ...tally.counts }, meter: await readMeter(server.base), cpuMs: cpuMsOf(workerPids()), doRows: durableObjectRows(state) });
    const token = await client.login();
    const agent: Agent = { token, queue: tally.track(await client.queueSocket(token)) };
    const perConversation = {} as Record<Kind, PerConversation>;
    const byClass = {} as Record<Kind, Record<string, number>>;
    const seen = {} as Record<Kind, Counts>;
    for (const kind of ["ai_only", "handed_off"] as const) {
      await sleep(SETTLE_MS);
      const before = await read();
      for (let i = 0; i < COST_PLAN[kind] && !signal.aborted; i++) {
        if (kind === "ai_only") await aiOnly(client, tally);
        else await handedOff(client, tally, agent);
      }
      await sleep(SETTLE_MS);
      const after = await read();
      const one = perOne(before, after, kind);
      perConversation[kind] = one.figures;
      byClass[kind] = one.byClass;
      seen[kind] = one.client;
    }
    agent.queue.close();
    client.closePresence();
    const kb: KbShape = { ...knowledgeBase(state, "demo"), mean_question_chars: Math.round(AI_QUESTIONS.reduce((s, q) => s + q.length, 0) / AI_QUESTIONS.length) };
    return {
      conversations: COST_PLAN,
      per_conversation: perConversation,
      do_requests_by_class: byClass,
      client: seen,
      kb,
      per_1000: { embedded: per1000(perConversation, COST_MIX, "embedded", kb), workers_ai: per1000(perConversation, COST_MIX, "workers-ai", kb) },
      prices: priceSources(),
      estimates: ESTIMATES,
    };
  } finally {
    await server.stop();
    if (process.env.BENCH_KEEP_STATE !== "1") rmSync(state, { recursive: true, force: true });
  }
}

function perOne(before: Reading, after: Reading, kind: Kind): { figures: PerConversation; byClass: Record<string, number>; client: Counts } {
  const c = minus(after.counts, before.counts);
  const n = Math.max(1, c.conversations);
  const m = billed(meterDelta(before.meter, after.meter));
  const per = (value: number, digits = 2) => round(value / n, digits);
  const client = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, k === "conversations" ? v : per(v)])) as Counts;
  return {
    figures: {
      // The second reading's own GET /api/meter is a Worker request too.
      worker_requests: per(m.workerRequests - 1),
      worker_cpu_ms: per(after.cpuMs - before.cpuMs),
      do_requests: per(m.doRequests),
      ws_messages_in: per(m.wsMessagesIn),
      do_active_ms: per(c.waited_ms, 1),
      do_rows_written: per(Math.max(0, after.doRows - before.doRows) + m.alarmsSet),
      d1_statements: per(m.d1Statements),
      d1_rows_read: per(m.d1RowsRead),
      d1_rows_written: per(m.d1RowsWritten),
      ai_turns: per(c.ai_answers),
      moved_on: per(c.moved_on),
      handoffs: kind === "handed_off" ? 1 : 0,
      ai_calls: per(m.aiCalls),
    },
    byClass: Object.fromEntries(Object.entries(m.doRequestsByClass).map(([k, v]) => [k, per(v, 3)])),
    client,
  };
}

const ESTIMATES = [
  "worker_cpu_ms is the local worker workerd's CPU (the Worker and all objects, under wrangler dev): an upper bound of billed Worker CPU",
  "do_active_ms is the client-observed wait of every action (an upper bound of the objects' active time for it); Workers AI adds an assumed 2 s per turn",
  "do_rows_written = rows the objects hold afterwards + alarms set: a lower bound (updates and deletes unseen); rows read are not measured",
  "Workers AI tokens are modelled from the prompt the provider builds (~4 characters a token); the local stack answers with the embedded provider and calls no model (ai_calls 0)",
  "the agent's sign-in, presence and queue sockets are per shift, not per conversation, and are left out; the console's HTTP reads (lists, transcripts) are not driven",
];
