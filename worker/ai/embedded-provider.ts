import { retrieve } from "../kb/retrieve.ts";
import { ground } from "./confidence.ts";
import { citationsOf, retrievalEvidence } from "./evidence.ts";
import { bestSentences } from "./extractive.ts";
import type { AiAnswer, AiProvider, AiTurnRequest } from "./provider.ts";

/** Below this the embedded provider declines rather than guess (calibrated in test/kb/confidence.test.ts). */
export const EMBEDDED_MIN_CONFIDENCE = 0.45;
/** Below this it answers, but says it may not be what was asked and offers a person. */
export const EMBEDDED_SURE_CONFIDENCE = 0.6;

const HEDGE = "I'm not completely sure this answers your question, but our help centre says:";
const HEDGE_OFFER = "If that's not it, I can connect you with a person.";

export const DECLINE_TEXT =
  "I couldn't find that in our help articles, and I'd rather not guess. Would you like me to connect you with a person?";

/**
 * Answers without an LLM: the sentences of the best-grounded knowledge-base
 * passage that carry the question's words, with its citation, or an honest
 * "I don't know". Deterministic and offline.
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
    const { hits, weights } = await retrieve(this.db, request.site.id, request.question);
    const { passage, sections, confidence } = ground(weights, hits);
    const declined = !passage || confidence < EMBEDDED_MIN_CONFIDENCE;
    const extract = passage && !declined ? bestSentences(weights, sections).join(" ") : "";
    const text = !extract ? DECLINE_TEXT : confidence < EMBEDDED_SURE_CONFIDENCE ? `${HEDGE} ${extract} ${HEDGE_OFFER}` : extract;
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
        citations: declined || !passage ? [] : citationsOf([passage]),
        declined,
        latencyMs: Date.now() - started,
        retrieval: retrievalEvidence(hits),
      },
    };
  }
}
