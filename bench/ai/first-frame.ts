/**
 * AI turn overhead through the product: a visitor asks a knowledge-base
 * question; the time until the first `ai_delta` of the answer (and, for
 * reference, until the AI's `typing` frame and the stored answer). A few
 * questions per conversation, one at a time; a conversation the triggers
 * hand off is replaced by a fresh one.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BatonClient } from "../lib/baton-client.ts";
import type { Frame, FrameSocket } from "../lib/frame-socket.ts";
import { summarize, type Summary } from "../lib/stats.ts";
import { ROOT } from "../lib/wrangler-dev.ts";

const PER_CONVERSATION = 6;
const TURN_TIMEOUT_MS = 5000;

export interface AiFrameResult {
  firstDelta: Summary;
  typing: Summary;
  answer: Summary;
  handedOff: number;
  failures: number;
  firstError: string | null;
}

export function demoQuestions(): string[] {
  const file = path.join(ROOT, "worker/demo/retrieval-cases.json");
  const cases = JSON.parse(readFileSync(file, "utf8")) as { question: string }[];
  return cases.map((c) => c.question);
}

export async function measureAiFrames(client: BatonClient, turns: number, signal: AbortSignal): Promise<AiFrameResult> {
  const questions = demoQuestions();
  const firstDelta: number[] = [];
  const typing: number[] = [];
  const answer: number[] = [];
  let handedOff = 0;
  let failures = 0;
  let firstError: string | null = null;
  let visitor: FrameSocket | null = null;
  let asked = 0;
  for (let i = 0; i < turns && !signal.aborted; i++) {
    try {
      if (!visitor || asked >= PER_CONVERSATION) {
        visitor?.close();
        const { conversationId, token } = await client.createConversation();
        visitor = await client.visitorSocket(conversationId, token);
        asked = 0;
      }
      asked++;
      const turn = await oneTurn(visitor, questions[i % questions.length] ?? "How long does delivery take?", i);
      if (turn === "handed_off") {
        handedOff++;
        asked = PER_CONVERSATION;
        continue;
      }
      firstDelta.push(turn.delta);
      if (turn.typing !== null) typing.push(turn.typing);
      answer.push(turn.answer);
    } catch (error) {
      failures++;
      firstError ??= String(error);
      asked = PER_CONVERSATION;
      if (failures > 10 && firstDelta.length === 0) throw new Error(`AI turns keep failing: ${firstError}`);
    }
  }
  visitor?.close();
  return { firstDelta: summarize(firstDelta), typing: summarize(typing), answer: summarize(answer), handedOff, failures, firstError };
}

type Turn = { delta: number; typing: number | null; answer: number } | "handed_off";

async function oneTurn(visitor: FrameSocket, question: string, index: number): Promise<Turn> {
  const seen: { typingAt: number | null } = { typingAt: null };
  visitor.onFrame = (f) => {
    if (seen.typingAt === null && f.type === "typing" && f.role === "ai" && f.on === true) seen.typingAt = performance.now();
  };
  visitor.clearBacklog();
  const first = visitor.waitFor((f) => f.type === "ai_delta" || movedOn(f), TURN_TIMEOUT_MS, "ai_delta");
  const sentAt = performance.now();
  visitor.send({ type: "message", clientId: `q-${index}`, text: question });
  const frame = await first;
  const deltaAt = performance.now();
  if (frame.type !== "ai_delta") return "handed_off";
  const done = await visitor.waitFor((f) => isAiMessage(f) || movedOn(f), TURN_TIMEOUT_MS, "AI answer");
  if (!isAiMessage(done)) return "handed_off";
  const doneAt = performance.now();
  return { delta: deltaAt - sentAt, typing: seen.typingAt === null ? null : seen.typingAt - sentAt, answer: doneAt - sentAt };
}

function isAiMessage(frame: Frame): boolean {
  return frame.type === "message" && (frame.message as { role?: unknown } | undefined)?.role === "ai";
}

/** The conversation left the AI (handoff) or the AI stopped answering (a system notice instead). */
function movedOn(frame: Frame): boolean {
  if (frame.type === "state") return frame.state !== "bot";
  return frame.type === "message" && (frame.message as { role?: unknown } | undefined)?.role === "system";
}
