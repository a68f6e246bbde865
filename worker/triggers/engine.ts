import { lowConfidenceRunSignal, repeatedQuestionSignal } from "./circles.ts";
import { criticalLowConfidenceSignal } from "./critical-topic.ts";
import { explicitRequestSignal } from "./explicit-signal.ts";
import { forcedTopicSignal } from "./forced-topic.ts";
import { frustrationSignal } from "./frustration.ts";
import { visitorLanguage } from "./language.ts";
import { actionRank, type Decision, type Signal, type TriggerInput } from "./signal.ts";

export type { Decision, Signal, SignalName, TriggerInput, TriggerPhase } from "./signal.ts";

/**
 * Whether the conversation should go to a person now. Pure: the history in,
 * a decision out. On a visitor message (before the AI answers) it reads
 * what the visitor wrote; after an AI turn, what the AI knew. Every signal
 * that fired is returned with its evidence, and the strongest action wins.
 * Nothing fires on conversation length alone.
 */
export function evaluateTriggers(input: TriggerInput): Decision {
  const onVisitor = input.phase === "visitor_message";
  const language = onVisitor ? { language: visitorLanguage(input.history) } : {};
  const signals = onVisitor ? onVisitorMessage(input) : afterAi(input);
  signals.sort((a, b) => actionRank(b.action) - actionRank(a.action) || b.score - a.score);
  const strongest = signals[0];
  if (!strongest) return { action: "stay", signals: [], reason: "No escalation signal.", ...language };
  const others = signals.slice(1).map((s) => s.name.replace(/_/g, " "));
  const also = others.length > 0 ? ` (also: ${[...new Set(others)].join(", ")})` : "";
  return { action: strongest.action, signals, reason: `${strongest.summary}${also}`, ...language };
}

function onVisitorMessage({ history, policy, modelSentiment }: TriggerInput): Signal[] {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "visitor") return [];
  const on = policy.signals;
  return present([
    on.explicitRequest ? explicitRequestSignal(history) : null,
    on.forcedTopics ? forcedTopicSignal(latest, policy) : null,
    on.frustration ? frustrationSignal(history, policy, modelSentiment?.negative) : null,
    on.goingInCircles ? repeatedQuestionSignal(history, policy) : null,
  ]);
}

function afterAi({ history, policy }: TriggerInput): Signal[] {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "ai" || !latest.ai) return [];
  const on = policy.signals;
  return present([
    on.criticalLowConfidence ? criticalLowConfidenceSignal(history, policy) : null,
    on.goingInCircles ? lowConfidenceRunSignal(history, policy) : null,
  ]);
}

function present(signals: Array<Signal | null>): Signal[] {
  return signals.filter((s): s is Signal => s !== null);
}
