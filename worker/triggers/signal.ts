import type { ChatMessage } from "../protocol/index.ts";
import type { Language } from "./language.ts";
import type { TriggerPolicy } from "./policy.ts";

/** The escalation signals; each has its own detector file. */
export type SignalName = "explicit_request" | "frustration" | "critical_low_confidence" | "forced_topic" | "going_in_circles";

export type EscalationAction = "offer_human" | "handoff";

/** One signal that fired: what it asks for, how strongly, and the words and numbers behind it. */
export interface Signal {
  name: SignalName;
  action: EscalationAction;
  /** Strength in [0, 1]; orders signals that ask for the same action. */
  score: number;
  /** The visitor's words, the scores and confidences that made it fire. */
  evidence: string[];
  /** A short sentence for the agent ("Asked for a person: “can I talk to someone”"). */
  summary: string;
  /** The policy topic behind it (forced and critical topics): sites route by it. */
  topic?: string;
}

export interface Decision {
  action: "stay" | EscalationAction;
  /** Every signal that fired, strongest first. */
  signals: Signal[];
  reason: string;
  /** The visitor's language at this message (null when it cannot be told); only when a signal fired on a visitor message. */
  language?: Language | null;
  /**
   * The classifier's readings when they fall in its uncertain middle and no
   * rule settled the message: worth asking an LLM (see escalation.ts).
   */
  ambiguous?: { person: number; upset: number };
}

/**
 * When the engine runs: on each visitor message before the AI answers (the
 * last history item is that message), and after each AI turn (the last item
 * is the AI's message, with its `ai` meta).
 */
export type TriggerPhase = "visitor_message" | "after_ai";

export interface TriggerInput {
  phase: TriggerPhase;
  history: ChatMessage[];
  policy: TriggerPolicy;
  /** Workers AI sentiment for the newest visitor message: probability it is negative (English only). */
  modelSentiment?: { negative: number } | null;
  /** Workers AI's judgement of the newest visitor message, asked for when the classifier was unsure. */
  judgement?: Judgement | null;
}

/** An LLM's reading of one visitor message (JSON mode): it settles the classifier's ambiguous middle. */
export interface Judgement {
  wantsPerson: boolean;
  frustrated: boolean;
  /** What the message is about, in a few words, for the agent. */
  topic: string | null;
  model: string;
}

/** Orders actions: a handoff outranks an offer, which outranks staying. */
export function actionRank(action: Decision["action"]): number {
  return action === "handoff" ? 2 : action === "offer_human" ? 1 : 0;
}

/** Policy wording ("offer" | "handoff") to the signal's action. */
export function toAction(policyAction: "offer" | "handoff"): EscalationAction {
  return policyAction === "handoff" ? "handoff" : "offer_human";
}

/** Text for quoting a visitor's words in a reason, shortened. */
export function quoted(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}
