import type { ChatMessage } from "../protocol/index.ts";
import { readFrustration, type FrustrationReading } from "./frustration-score.ts";
import { messageLanguage, visitorLanguage, type Language } from "./language.ts";
import { readIntent } from "./model/classifier.ts";
import { DEFAULT_POLICY, type TriggerPolicy } from "./policy.ts";
import { quoted, type Judgement, type Signal } from "./signal.ts";

/**
 * Signal 2: the visitor is getting frustrated. A message's score is the
 * higher of the rules' reading (frustration-score.ts) and the classifier's
 * calibrated probability that it is frustrated or complaining; raised a
 * little when the conversation has been getting worse. A person is offered
 * at the offer threshold and the visitor handed off at the handoff threshold
 * (or at once, with frustrationAction "handoff"). The classifier says how
 * likely, not how badly: on its own it offers a person, it never hands off
 * (its share stops halfway between the thresholds); shouting, swearing and
 * the rules' phrases say how badly.
 */

export type TrendLabel = "improving" | "steady" | "worsening";

export interface SentimentTrend {
  /** Frustration of each visitor message, oldest first. */
  scores: Array<{ seq: number; score: number }>;
  trend: TrendLabel;
}

/** Change against the visitor's recent average that counts as a trend. */
const TREND_STEP = 0.15;
const TREND_WINDOW = 3;
/** Added to the score when frustration is building up over the conversation. */
const WORSENING_BONUS = 0.1;

interface MessageContext {
  earlierLengths: number[];
  /** Asked only when the English lexicon or model found something (detection costs more than the rest). */
  language: () => Language | null;
  modelNegative?: number | null;
  classifier: boolean;
  /** Where the classifier's share stops. */
  learnedMax: number;
}

/** One message's frustration: rules and classifier together, with the evidence of whichever counted. */
export function messageFrustration(text: string, context: MessageContext): FrustrationReading & { rules: number; learned: number } {
  const rules = readFrustration(text, context);
  if (!context.classifier) return { ...rules, rules: rules.score, learned: 0 };
  const intent = readIntent(text);
  const p = Math.round(intent.upset * 100) / 100;
  const learned = Math.min(p, context.learnedMax);
  if (learned <= rules.score) return { ...rules, rules: rules.score, learned };
  const words = intent.evidence.upset ? `: ${quoted(intent.evidence.upset)}` : "";
  return { score: learned, evidence: [`classifier: frustrated ${p.toFixed(2)}${words}`, ...rules.evidence], rules: rules.score, learned };
}

/** Halfway between offering and handing off: as far as the classifier alone may take the score. */
export function learnedMaximum(policy: TriggerPolicy): number {
  const { frustrationOffer, frustrationHandoff } = policy.thresholds;
  return Math.round(((frustrationOffer + frustrationHandoff) / 2) * 100) / 100;
}

/** Per-message frustration and its direction, for the signal and the agent briefing. */
export function sentimentTrend(history: readonly ChatMessage[], policy: TriggerPolicy = DEFAULT_POLICY): SentimentTrend {
  const classifier = policy.signals.classifier;
  const learnedMax = learnedMaximum(policy);
  const scores: SentimentTrend["scores"] = [];
  const lengths: number[] = [];
  for (const message of history) {
    if (message.role !== "visitor") continue;
    const language = () => messageLanguage(message.text);
    const { score } = messageFrustration(message.text, { earlierLengths: lengths, language, classifier, learnedMax });
    scores.push({ seq: message.seq, score });
    lengths.push(wordCount(message.text));
  }
  return { scores, trend: trendOf(scores.map((s) => s.score)) };
}

export function trendOf(scores: readonly number[]): TrendLabel {
  const last = scores[scores.length - 1];
  const before = scores.slice(-1 - TREND_WINDOW, -1);
  if (last === undefined || before.length === 0) return "steady";
  const delta = last - before.reduce((a, b) => a + b, 0) / before.length;
  return delta >= TREND_STEP ? "worsening" : delta <= -TREND_STEP ? "improving" : "steady";
}

export function frustrationSignal(
  history: readonly ChatMessage[],
  policy: TriggerPolicy,
  modelNegative?: number | null,
  judgement?: Judgement | null,
): Signal | null {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "visitor") return null;
  const classifier = policy.signals.classifier;
  const earlier = history.slice(0, -1).filter((m) => m.role === "visitor");
  const reading = messageFrustration(latest.text, {
    earlierLengths: earlier.map((m) => wordCount(m.text)),
    language: () => visitorLanguage(history),
    modelNegative,
    classifier,
    learnedMax: learnedMaximum(policy),
  });
  const evidence = [...reading.evidence];
  let score = reading.score;
  const { frustrationOffer, frustrationHandoff } = policy.thresholds;
  if (judgement && reading.learned > reading.rules && score < frustrationHandoff) {
    // The classifier alone was unsure; the LLM, asked about it, settles it either way.
    score = judgement.frustrated ? Math.max(score, frustrationOffer) : reading.rules;
    evidence.unshift(`${judgement.model}: ${judgement.frustrated ? "frustrated" : "not frustrated"}${judgement.topic ? ` (${judgement.topic})` : ""}`);
  }
  // The trend re-scores the whole conversation: only worth it when its bonus could make the signal fire.
  const trend = score > 0 && score + WORSENING_BONUS >= frustrationOffer ? sentimentTrend(history, policy) : null;
  if (trend && trend.trend === "worsening" && trend.scores.length >= 3) {
    score = Math.min(1, score + WORSENING_BONUS);
    evidence.push(`worsening: ${trend.scores.slice(-4).map((s) => s.score.toFixed(2)).join(" → ")}`);
  }
  score = Math.round(score * 100) / 100;
  if (score < frustrationOffer) return null;
  const severe = score >= frustrationHandoff || policy.frustrationAction === "handoff";
  return {
    name: "frustration",
    action: severe ? "handoff" : "offer_human",
    score,
    evidence: [`score ${score.toFixed(2)}`, ...evidence],
    summary: `Frustrated (score ${score.toFixed(2)}): ${evidence.slice(0, 2).join("; ")}`,
  };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
