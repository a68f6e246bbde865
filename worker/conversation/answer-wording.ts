import type { AiAnswer } from "../ai/provider.ts";
import type { ChatMessage } from "../protocol/index.ts";
import { evaluateTriggers } from "../triggers/engine.ts";
import { offersPerson } from "../triggers/explicit-signal.ts";
import type { TriggerPolicy } from "../triggers/policy.ts";

/**
 * The AI's words must match what happens next. An answer that asks "Would
 * you like me to connect you with a person?" is right when the visitor then
 * decides (they say yes, or press the button); when the triggers hand the
 * conversation off right after it, the offer is dropped and the connecting
 * notice says what happens instead.
 */
export function settleAnswer(history: readonly ChatMessage[], answer: AiAnswer, policy: TriggerPolicy): AiAnswer {
  const seq = (history[history.length - 1]?.seq ?? 0) + 1;
  const draft: ChatMessage = { seq, id: "draft", clientId: null, role: "ai", author: null, authorId: null, text: answer.text, at: Date.now(), ai: answer.meta };
  const next = evaluateTriggers({ phase: "after_ai", history: [...history, draft], policy });
  if (next.action !== "handoff") return answer;
  return { ...answer, text: withoutOffer(answer.text) || answer.text };
}

export function withoutOffer(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((s) => !offersPerson(s) && !CAN_CONNECT.test(s))
    .join(" ")
    .trim();
}

/** "If that's not it, I can connect you with a person.": an offer stated rather than asked. */
const CAN_CONNECT = /\b(?:I can|I could|I'll|I will|happy to|offer to)\s+(?:connect|put|pass|transfer)\s+you\b/i;
