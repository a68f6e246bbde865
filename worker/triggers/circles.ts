import type { ChatMessage } from "../protocol/index.ts";
import type { TriggerPolicy } from "./policy.ts";
import { quoted, toAction, type Signal } from "./signal.ts";
import { questionSimilarity } from "./similarity.ts";

/** How many earlier visitor messages a repeat is looked for in. */
const LOOK_BACK = 6;

/**
 * Signal 5, on a visitor message: they ask again what the AI already
 * answered; the answer did not help. Only questions the AI has answered
 * since count, so splitting a question over two messages is not a repeat.
 */
export function repeatedQuestionSignal(history: readonly ChatMessage[], policy: TriggerPolicy): Signal | null {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "visitor") return null;
  let answeredSince = false;
  let looked = 0;
  let best: { message: ChatMessage; score: number } | null = null;
  for (let i = history.length - 2; i >= 0 && looked < LOOK_BACK; i--) {
    const message = history[i];
    if (!message || message.role === "agent") break;
    if (message.role === "ai" && message.ai) answeredSince = true;
    if (message.role !== "visitor") continue;
    looked++;
    if (!answeredSince) continue;
    const { score } = questionSimilarity(latest.text, message.text);
    if (score >= policy.thresholds.repeatSimilarity && (!best || score > best.score)) best = { message, score };
  }
  if (!best) return null;
  const similarity = Math.round(best.score * 100) / 100;
  return {
    name: "going_in_circles",
    action: toAction(policy.circlesAction),
    score: similarity,
    evidence: [`asked again: ${Math.round(similarity * 100)}% the same words as message #${best.message.seq}`, quoted(best.message.text)],
    summary: `Going in circles: asked the same thing again (${quoted(latest.text)})`,
  };
}

/** Signal 5, after an AI turn: the AI declined or was unsure N answers in a row. */
export function lowConfidenceRunSignal(history: readonly ChatMessage[], policy: TriggerPolicy): Signal | null {
  const { circlesLowConfidenceRun: needed, circlesConfidence: threshold } = policy.thresholds;
  const run: string[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i];
    if (!message || message.role === "agent") break;
    if (message.role !== "ai") continue;
    // The greeting and notices carry no AI meta: they are not answers.
    if (!message.ai || (!message.ai.declined && message.ai.confidence >= threshold)) break;
    run.unshift(message.ai.declined ? "declined" : message.ai.confidence.toFixed(2));
  }
  if (run.length < needed || history[history.length - 1]?.role !== "ai") return null;
  return {
    name: "going_in_circles",
    action: toAction(policy.circlesAction),
    score: Math.min(1, run.length / needed),
    evidence: [`${run.length} unsure AI answers in a row (at least ${needed})`, `answers: ${run.join(", ")}`],
    summary: `Going in circles: the AI could not answer ${run.length} times in a row`,
  };
}
