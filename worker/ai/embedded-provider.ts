import { citationsOf, retrievalEvidence } from "./evidence.ts";
import { findAnswer } from "./extract/find-answer.ts";
import { foreignLanguage, languageNotice } from "./language-notice.ts";
import type { AiAnswer, AiProvider, AiTurnRequest } from "./provider.ts";

/** Below this the embedded provider declines rather than guess (calibrated on the answer suite's dev set). */
export const EMBEDDED_MIN_CONFIDENCE = 0.45;
/** Below this it answers, but says it may not be what was asked and offers a person. */
export const EMBEDDED_SURE_CONFIDENCE = 0.6;

const HEDGE = "I'm not completely sure this answers your question, but our help centre says:";
const HEDGE_OFFER = "If that's not it, I can connect you with a person.";

export const DECLINE_TEXT =
  "I couldn't find that in our help articles, and I'd rather not guess. Would you like me to connect you with a person?";

/**
 * Answers without an LLM: the knowledge base's own sentences that answer the
 * question (see extract/select.ts), with their citation, or an honest "I
 * don't know". Deterministic and offline.
 */
export class EmbeddedProvider implements AiProvider {
  readonly name = "embedded" as const;
  readonly model = "extractive-bm25";
  private readonly db: D1Database;

  constructor(db: D1Database) {
    this.db = db;
  }

  async answer(request: AiTurnRequest): Promise<AiAnswer> {
    const started = Date.now();
    const { weights, hits, selection, deadline, confidence } = await findAnswer(this.db, request.site.id, request.question);
    const foreign = foreignLanguage(request.question, weights);
    const answered = selection !== null && confidence >= (foreign ? EMBEDDED_SURE_CONFIDENCE : EMBEDDED_MIN_CONFIDENCE);
    const extract = answered ? [...selection.lines, deadline ?? ""].join(" ").trim() : "";
    const text = foreign
      ? languageNotice(foreign, extract || null)
      : !answered
        ? DECLINE_TEXT
        : confidence < EMBEDDED_SURE_CONFIDENCE
          ? `${HEDGE} ${extract} ${HEDGE_OFFER}`
          : extract;
    for (const piece of text.match(/\S+\s*/g) ?? []) {
      if (request.signal.aborted) break;
      request.onDelta(piece);
    }
    return {
      text,
      meta: {
        provider: this.name,
        model: this.model,
        confidence,
        citations: answered ? citationsOf(selection.passages) : [],
        declined: !answered,
        latencyMs: Date.now() - started,
        retrieval: retrievalEvidence(hits),
      },
    };
  }
}
