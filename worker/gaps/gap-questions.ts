import { EMBEDDED_MIN_CONFIDENCE } from "../ai/embedded-provider.ts";
import { AiMeta, type GapReason } from "../protocol/index.ts";
import type { AskedQuestion } from "./question-repo.ts";

export interface GapQuestion extends AskedQuestion {
  reason: GapReason;
  handedOver: boolean;
}

/** The AI answer's confidence and whether it declined, from messages.ai; null when no AI answered. */
function answerOf(question: AskedQuestion): { confidence: number; declined: boolean } | null {
  if (!question.answerAi) return null;
  let json: unknown;
  try {
    json = JSON.parse(question.answerAi);
  } catch {
    return null;
  }
  const meta = AiMeta.safeParse(json);
  return meta.success ? meta.data : null;
}

/**
 * The question each conversation shows the knowledge base missing, at most
 * one a conversation (a visitor asking three times is one need): the first
 * the AI declined or answered below the confidence it answers from
 * (EMBEDDED_MIN_CONFIDENCE); else, in a conversation handed to a person, the
 * question before the handoff the AI answered least surely (the one it first
 * met, when it answered none: "talk to a person" comes after the real question).
 */
export function gapQuestions(asked: readonly AskedQuestion[]): GapQuestion[] {
  const byConversation = new Map<string, AskedQuestion[]>();
  for (const q of asked) byConversation.set(q.conversationId, [...(byConversation.get(q.conversationId) ?? []), q]);
  const gaps: GapQuestion[] = [];
  for (const questions of byConversation.values()) {
    const handedOver = questions[0]?.handoffAt != null;
    const unsure = questions.find((q) => {
      const answer = answerOf(q);
      return answer !== null && (answer.declined || answer.confidence < EMBEDDED_MIN_CONFIDENCE);
    });
    if (unsure) {
      gaps.push({ ...unsure, reason: answerOf(unsure)?.declined ? "declined" : "low_confidence", handedOver });
      continue;
    }
    if (!handedOver) continue;
    const before = questions.filter((q) => q.at <= (q.handoffAt ?? 0));
    const answered = before.filter((q) => answerOf(q) !== null);
    const weakest = answered.sort((a, b) => (answerOf(a)?.confidence ?? 1) - (answerOf(b)?.confidence ?? 1))[0] ?? before[0] ?? questions[0];
    if (weakest) gaps.push({ ...weakest, reason: "handoff", handedOver });
  }
  return gaps.sort((a, b) => a.at - b.at || a.conversationId.localeCompare(b.conversationId));
}
