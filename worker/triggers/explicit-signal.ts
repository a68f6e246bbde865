import type { ChatMessage } from "../protocol/index.ts";
import { MEDIUM_TARGETS, STRONG_TARGETS } from "./explicit-lexicon.ts";
import { detectExplicitRequest } from "./explicit-request.ts";
import { quoted, type Signal } from "./signal.ts";
import { tokenize } from "./text.ts";

/**
 * Signal 1 as the engine uses it: an explicit request in the visitor's
 * newest message, or a "yes" to the AI's own offer of a person ("Would you
 * like me to connect you with a person?" — "yes please").
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

export function explicitRequestSignal(history: readonly ChatMessage[]): Signal | null {
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
  return null;
}

function signal(evidence: string[], summary: string): Signal {
  return { name: "explicit_request", action: "handoff", score: 1, evidence, summary };
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

/** The AI's message ends with a question that names a person ("…connect you with a person?"). */
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
