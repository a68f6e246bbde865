import type { ChatMessage } from "../protocol/index.ts";
import { readFrustration, type FrustrationReading } from "./frustration-score.ts";
import type { TriggerPolicy } from "./policy.ts";
import type { Signal } from "./signal.ts";

/**
 * Signal 2: the visitor is getting frustrated. The newest message's score,
 * raised a little when the conversation has been getting worse; a person
 * is offered at the offer threshold and the visitor handed off at the
 * handoff threshold (or at once, with frustrationAction "handoff").
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

/** Per-message frustration and its direction, for the signal and the agent briefing. */
export function sentimentTrend(history: readonly ChatMessage[]): SentimentTrend {
  const scores: SentimentTrend["scores"] = [];
  const lengths: number[] = [];
  for (const message of history) {
    if (message.role !== "visitor") continue;
    const { score } = readFrustration(message.text, { earlierLengths: lengths });
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
): Signal | null {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "visitor") return null;
  const earlier = history.slice(0, -1).filter((m) => m.role === "visitor");
  const reading: FrustrationReading = readFrustration(latest.text, {
    earlierLengths: earlier.map((m) => wordCount(m.text)),
    modelNegative,
  });
  const evidence = [...reading.evidence];
  let score = reading.score;
  // The trend re-scores the whole conversation: only worth it when its bonus could make the signal fire.
  const trend = score > 0 && score + WORSENING_BONUS >= policy.thresholds.frustrationOffer ? sentimentTrend(history) : null;
  if (trend && trend.trend === "worsening" && trend.scores.length >= 3) {
    score = Math.min(1, score + WORSENING_BONUS);
    evidence.push(`worsening: ${trend.scores.slice(-4).map((s) => s.score.toFixed(2)).join(" → ")}`);
  }
  score = Math.round(score * 100) / 100;
  const { frustrationOffer, frustrationHandoff } = policy.thresholds;
  if (score < frustrationOffer) return null;
  const severe = score >= frustrationHandoff || policy.frustrationAction === "handoff";
  return {
    name: "frustration",
    action: severe ? "handoff" : "offer_human",
    score,
    evidence: [`score ${score.toFixed(2)}`, ...evidence],
    summary: `Frustrated (score ${score.toFixed(2)}): ${reading.evidence.slice(0, 2).join("; ")}`,
  };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
