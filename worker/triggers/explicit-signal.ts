import type { ChatMessage } from "../protocol/index.ts";
import { MEDIUM_TARGETS, STRONG_TARGETS } from "./explicit-lexicon.ts";
import { detectExplicitRequest } from "./explicit-request.ts";
import { readIntent } from "./model/classifier.ts";
import { DEFAULT_POLICY, type TriggerPolicy } from "./policy.ts";
import { quoted, type EscalationAction, type Judgement, type Signal } from "./signal.ts";
import { tokenize } from "./text.ts";

/**
 * Signal 1 as the engine uses it: an explicit request in the visitor's
 * newest message, or a "yes" to the AI's own offer of a person ("Would you
 * like me to connect you with a person?" — "yes please"); beside the rules,
 * the classifier hears requests in words the lexicons lack ("I'd rather deal
 * with someone"): a person is offered from `personOffer`, the visitor handed
 * off from `personHandoff`. An LLM judgement, when there is one, settles the
 * classifier's middle.
 */
const YES = new Set([
  "yes", "yeah", "yep", "yup", "ya", "sure", "ok", "okay", "please", "pls", "plz", "go", "ahead", "do", "it", "that", "would",
  "be", "great", "thanks", "thank", "you", "si", "claro", "por", "favor", "vale", "oui", "d'accord", "merci", "volontiers",
  "ja", "gerne", "bitte", "sim", "certo", "obrigado", "obrigada", "va", "bene", "grazie", "graag", "prima", "absolutely",
  "definitely", "y",
]);
const FIRST_YES = new Set([
  "yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "si", "claro", "vale", "oui", "ja", "sim", "certo", "graag",
  "absolutely", "definitely", "y",
]);
const MAX_YES_WORDS = 5;

export function explicitRequestSignal(
  history: readonly ChatMessage[],
  policy: TriggerPolicy = DEFAULT_POLICY,
  judgement?: Judgement | null,
): Signal | null {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "visitor") return null;
  const ask = detectExplicitRequest(latest.text);
  if (ask) return signal([quoted(ask.evidence)], `Asked for a person: ${quoted(ask.evidence)}`);
  const offer = previousAiMessage(history);
  if (offer && offersPerson(offer.text) && isYes(latest.text)) {
    return signal(
      [quoted(latest.text), `answering the AI's offer: ${quoted(offer.text, 60)}`],
      `Accepted the offer of a person: ${quoted(latest.text)}`,
    );
  }
  return policy.signals.classifier ? learnedRequest(latest.text, policy, judgement) : null;
}

function learnedRequest(text: string, policy: TriggerPolicy, judgement: Judgement | null | undefined): Signal | null {
  const reading = readIntent(text);
  const p = round(reading.person);
  const { personOffer, personHandoff } = policy.thresholds;
  const words = reading.evidence.person ? quoted(reading.evidence.person) : quoted(text);
  const model = `classifier: wants a person ${p.toFixed(2)}`;
  if (p >= personHandoff) return signal([model, words], `Asked for a person (classifier ${p.toFixed(2)}): ${words}`, p);
  if (judgement) {
    // The LLM was asked because the classifier was unsure: its yes is a request, its no ends it.
    if (!judgement.wantsPerson) return null;
    const about = judgement.topic ? ` (${judgement.topic})` : "";
    return signal([`${judgement.model}: wants a person${about}`, model, words], `Asked for a person (judged by ${judgement.model}): ${words}`, Math.max(p, personHandoff));
  }
  if (p < personOffer) return null;
  return signal([model, words], `May want a person (classifier ${p.toFixed(2)}): ${words}`, p, "offer_human");
}

function signal(evidence: string[], summary: string, score = 1, action: EscalationAction = "handoff"): Signal {
  return { name: "explicit_request", action, score, evidence, summary };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function previousAiMessage(history: readonly ChatMessage[]): ChatMessage | null {
  for (let i = history.length - 2; i >= 0; i--) {
    const message = history[i];
    if (!message) continue;
    if (message.role === "ai") return message;
    if (message.role !== "system") return null;
  }
  return null;
}

/** The AI's message ends with a question that names a person ("…connect you with a person?"); also one sentence. */
export function offersPerson(text: string): boolean {
  const questions = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().endsWith("?"));
  const last = questions[questions.length - 1];
  if (!last) return false;
  const tokens = tokenize(last);
  return tokens.some((_, i) => STRONG_TARGETS.at(tokens, i) > 0 || MEDIUM_TARGETS.at(tokens, i) > 0 || tokens[i]?.norm === "teammate");
}

/** A short, plain yes ("yes please", "sure", "oui merci"). */
export function isYes(text: string): boolean {
  const words = tokenize(text).map((t) => t.norm);
  if (words.length === 0 || words.length > MAX_YES_WORDS) return false;
  return FIRST_YES.has(words[0] ?? "") && words.every((w) => YES.has(w));
}
