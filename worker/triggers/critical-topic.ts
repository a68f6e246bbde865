import type { ChatMessage } from "../protocol/index.ts";
import { criticalTopicsOf, type TriggerPolicy } from "./policy.ts";
import { quoted, toAction, type Signal } from "./signal.ts";
import { findTopic } from "./topic-match.ts";

/** How many of the visitor's recent messages set the conversation's topic. */
const TOPIC_WINDOW = 3;

/**
 * Signal 3: the AI was unsure (or declined) AND the conversation is on a
 * critical topic. Either alone is not enough: a confident answer about
 * refunds stays with the AI, and so does an unsure answer about delivery.
 */
export function criticalLowConfidenceSignal(history: readonly ChatMessage[], policy: TriggerPolicy): Signal | null {
  const answer = history[history.length - 1];
  if (!answer || answer.role !== "ai" || !answer.ai) return null;
  const threshold = policy.thresholds.criticalConfidence;
  const { confidence, declined } = answer.ai;
  if (!declined && confidence >= threshold) return null;
  const hit = findTopic(criticalTopicsOf(policy), recentVisitorMessages(history));
  if (!hit) return null;
  const unsure = declined ? "the AI had no answer" : `the AI was unsure (confidence ${confidence.toFixed(2)})`;
  return {
    name: "critical_low_confidence",
    action: toAction(policy.criticalAction),
    score: declined ? 1 : round(1 - confidence),
    evidence: [
      `topic: ${hit.topic.label}`,
      quoted(hit.phrase),
      declined ? "AI declined" : `confidence ${confidence.toFixed(2)} < ${threshold.toFixed(2)}`,
    ],
    summary: `Critical topic “${hit.topic.label}” and ${unsure}: ${quoted(hit.phrase)}`,
    topic: hit.topic.name,
  };
}

/** The visitor's last few messages, not reaching back past a human agent's reply. */
export function recentVisitorMessages(history: readonly ChatMessage[], max = TOPIC_WINDOW): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (let i = history.length - 1; i >= 0 && out.length < max; i--) {
    const message = history[i];
    if (!message || message.role === "agent") break;
    if (message.role === "visitor") out.unshift(message);
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
