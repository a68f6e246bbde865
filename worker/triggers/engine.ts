import { lowConfidenceRunSignal, repeatedQuestionSignal } from "./circles.ts";
import { criticalLowConfidenceSignal } from "./critical-topic.ts";
import { explicitRequestSignal } from "./explicit-signal.ts";
import { forcedTopicSignal } from "./forced-topic.ts";
import { frustrationSignal } from "./frustration.ts";
import { visitorLanguage } from "./language.ts";
import { readIntent } from "./model/classifier.ts";
import { actionRank, type Decision, type Signal, type TriggerInput } from "./signal.ts";

export type { Decision, Judgement, Signal, SignalName, TriggerInput, TriggerPhase } from "./signal.ts";

/** The classifier's middle starts this far below the offer threshold: lower, its reading is not worth an LLM's opinion. */
const AMBIGUOUS_BELOW_OFFER = 0.6;

/**
 * Whether the conversation should go to a person now. Pure: the history in,
 * a decision out. On a visitor message (before the AI answers) it reads
 * what the visitor wrote; after an AI turn, what the AI knew. Every signal
 * that fired is returned with its evidence, and the strongest action wins.
 * Nothing fires on conversation length alone.
 */
export function evaluateTriggers(input: TriggerInput): Decision {
  const onVisitor = input.phase === "visitor_message";
  const signals = onVisitor ? onVisitorMessage(input) : afterAi(input);
  signals.sort((a, b) => actionRank(b.action) - actionRank(a.action) || b.score - a.score);
  const strongest = signals[0];
  // The language goes with what is stored and shown; a "stay" is neither, and detection is the dearest step.
  const extra = onVisitor ? { ...(strongest ? { language: visitorLanguage(input.history) } : {}), ...ambiguity(input, signals) } : {};
  if (!strongest) return { action: "stay", signals: [], reason: "No escalation signal.", ...extra };
  const others = signals.slice(1).map((s) => s.name.replace(/_/g, " "));
  const also = others.length > 0 ? ` (also: ${[...new Set(others)].join(", ")})` : "";
  return { action: strongest.action, signals, reason: `${strongest.summary}${also}`, ...extra };
}

function onVisitorMessage({ history, policy, modelSentiment, judgement }: TriggerInput): Signal[] {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "visitor") return [];
  const on = policy.signals;
  return present([
    on.explicitRequest ? explicitRequestSignal(history, policy, judgement) : null,
    on.forcedTopics ? forcedTopicSignal(latest, policy) : null,
    on.frustration ? frustrationSignal(history, policy, modelSentiment?.negative, judgement) : null,
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

/**
 * The classifier's middle: it leans towards a person or towards frustration
 * without being sure, and nothing already hands the visitor off. Not asked
 * again once a judgement is in.
 */
function ambiguity({ history, policy, judgement }: TriggerInput, signals: Signal[]): Pick<Decision, "ambiguous"> {
  const latest = history[history.length - 1];
  if (!latest || judgement || !policy.signals.classifier || signals.some((s) => s.action === "handoff")) return {};
  const reading = readIntent(latest.text);
  const person = round(reading.person);
  const upset = round(reading.upset);
  const t = policy.thresholds;
  const unsure = (p: number, offer: number, handoff: number) => p >= offer * AMBIGUOUS_BELOW_OFFER && p < handoff;
  const middle =
    (policy.signals.explicitRequest && unsure(person, t.personOffer, t.personHandoff)) ||
    (policy.signals.frustration && unsure(upset, t.frustrationOffer, t.frustrationHandoff));
  return middle ? { ambiguous: { person, upset } } : {};
}

function present(signals: Array<Signal | null>): Signal[] {
  return signals.filter((s): s is Signal => s !== null);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
