/**
 * From what one conversation of each kind used (measured by cost/phase.ts)
 * to dollars per 1,000 conversations of a stated mix, with the embedded AI
 * (no model calls) or Workers AI answering. What the local stack cannot
 * show is modelled here, each assumption named:
 *   - Workers AI tokens: ≈ 4 characters a token (English), on the prompt the provider builds
 *     (worker/ai/workers-ai-provider.ts: instructions + the 4 best passages + history) with the
 *     demo knowledge base's mean passage length, measured; answers of ~90 tokens (four short
 *     sentences), the answer judge's JSON ~20 tokens, a briefing per handoff up to its 300-token cap.
 *   - Durable Object duration: the client-observed wait of every action (the object is active at
 *     most that long for it), plus 2 s per Workers AI turn while the model streams.
 *   - Durable Object SQLite rows written: the rows the objects hold afterwards plus every alarm
 *     set (a lower bound: updates and deletes are not seen). Rows read: not measured; at
 *     $0.001 per million even 10,000 a conversation is $0.00001.
 */
import { dollars, PRICES, PRICES_READ_ON } from "./prices.ts";

export interface PerConversation {
  worker_requests: number;
  /** The worker workerd's CPU (Worker and objects together: an upper bound of billed Worker CPU). */
  worker_cpu_ms: number;
  do_requests: number;
  ws_messages_in: number;
  do_active_ms: number;
  do_rows_written: number;
  /** D1 statements (queries) per conversation: one D1 database runs them one at a time. */
  d1_statements: number;
  d1_rows_read: number;
  d1_rows_written: number;
  ai_turns: number;
  /** Questions not answered by the AI (queued by the triggers after an answer, or a notice). */
  moved_on: number;
  handoffs: number;
  ai_calls: number;
}

export interface KbShape {
  passages: number;
  mean_passage_chars: number;
  mean_question_chars: number;
}

export type Mix = { ai_only: number; handed_off: number };

const CHARS_PER_TOKEN = 4;
const INSTRUCTION_CHARS = 700;
const ANSWER_TOKENS = 90;
const JUDGE_OUTPUT_TOKENS = 20;
const BRIEFING_OUTPUT_TOKENS = 300;
const BRIEFING_INPUT_TOKENS = 600;
const STREAM_MS_PER_TURN = 2000;
const GB_PER_OBJECT = 0.128;

/** Tokens and D1 rows one Workers AI turn adds (retrieval reads every embedded passage of the site). */
export function workersAiTurn(kb: KbShape): { llmIn: number; llmOut: number; embedIn: number; d1RowsRead: number } {
  const passages = 4 * kb.mean_passage_chars;
  const answerIn = (INSTRUCTION_CHARS + passages + kb.mean_question_chars * 2) / CHARS_PER_TOKEN;
  const judgeIn = (300 + passages + kb.mean_question_chars) / CHARS_PER_TOKEN + ANSWER_TOKENS;
  return { llmIn: answerIn + judgeIn, llmOut: ANSWER_TOKENS + JUDGE_OUTPUT_TOKENS, embedIn: kb.mean_question_chars / CHARS_PER_TOKEN, d1RowsRead: kb.passages };
}

export interface CostLine {
  item: string;
  /** null when a count it needs was not measured (no meter): left out of the total, never guessed. */
  usd: number | null;
}

/** A line whose counts were all measured, else null. */
function line(item: string, usd: number): CostLine {
  return { item, usd: Number.isFinite(usd) ? usd : null };
}

export function conversationCost(c: PerConversation, provider: "embedded" | "workers-ai", kb: KbShape): CostLine[] {
  const turn = workersAiTurn(kb);
  const ai = provider === "workers-ai";
  const activeMs = c.do_active_ms + (ai ? c.ai_turns * STREAM_MS_PER_TURN : 0);
  const lines: CostLine[] = [
    line("Worker requests", dollars("worker_request", c.worker_requests)),
    line("Worker CPU", dollars("worker_cpu_ms", c.worker_cpu_ms)),
    line("Durable Object requests", dollars("do_request", c.do_requests)),
    line("Durable Object duration", dollars("do_gb_s", (activeMs / 1000) * GB_PER_OBJECT)),
    line("Durable Object SQLite rows written", dollars("sqlite_row_written", c.do_rows_written)),
    line("D1 rows read", dollars("d1_row_read", c.d1_rows_read + (ai ? c.ai_turns * turn.d1RowsRead : 0))),
    line("D1 rows written", dollars("d1_row_written", c.d1_rows_written)),
  ];
  if (ai) {
    const llmIn = c.ai_turns * turn.llmIn + c.handoffs * BRIEFING_INPUT_TOKENS;
    const llmOut = c.ai_turns * turn.llmOut + c.handoffs * BRIEFING_OUTPUT_TOKENS;
    lines.push(line("Workers AI llama-3.1-8b (answer, judge, briefing)", dollars("llama_input", llmIn) + dollars("llama_output", llmOut)));
    lines.push(line("Workers AI bge-m3 (question embedding)", dollars("bge_m3_input", c.ai_turns * turn.embedIn)));
  }
  return lines;
}

export interface Per1000 {
  mix: Mix;
  provider: "embedded" | "workers-ai";
  /** The sum of the measured lines. */
  usd: number;
  lines: CostLine[];
  not_measured: string[];
}

export function per1000(kinds: { ai_only: PerConversation; handed_off: PerConversation }, mix: Mix, provider: "embedded" | "workers-ai", kb: KbShape): Per1000 {
  const a = conversationCost(kinds.ai_only, provider, kb);
  const h = conversationCost(kinds.handed_off, provider, kb);
  const lines: CostLine[] = a.map((l, i) => {
    const other = h[i]?.usd ?? null;
    return { item: l.item, usd: l.usd === null || other === null ? null : round6(1000 * (mix.ai_only * l.usd + mix.handed_off * other)) };
  });
  const usd = round6(lines.reduce((sum, l) => sum + (l.usd ?? 0), 0));
  return { mix, provider, usd, lines, not_measured: lines.filter((l) => l.usd === null).map((l) => l.item) };
}

export function priceSources(): { read_on: string; prices: typeof PRICES } {
  return { read_on: PRICES_READ_ON, prices: PRICES };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
