import type { Citation } from "../protocol/index.ts";
import { searchPassages } from "../kb/search.ts";
import { retrievalConfidence } from "./confidence.ts";
import { bestSentences } from "./extractive.ts";
import type { AiAnswer, AiProvider, AiTurnRequest } from "./provider.ts";

/** Below this the embedded provider declines rather than guess. */
export const EMBEDDED_MIN_CONFIDENCE = 0.35;

export const DECLINE_TEXT =
  "I couldn't find that in our help articles, and I'd rather not guess. Would you like me to connect you with a person?";

/**
 * Answers without an LLM: the most relevant sentences of the best-matching
 * knowledge-base passage, with its citation, or an honest "I don't know".
 * Deterministic and offline.
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
    const hits = await searchPassages(this.db, request.site.id, request.question, 5);
    const confidence = retrievalConfidence(request.question, hits);
    const best = hits[0];
    const declined = !best || confidence < EMBEDDED_MIN_CONFIDENCE;
    const text = declined ? DECLINE_TEXT : bestSentences(request.question, best.text).join(" ");
    const citations: Citation[] = declined ? [] : [{ articleId: best.articleId, title: best.title, url: best.url }];
    for (const piece of text.match(/\S+\s*/g) ?? []) {
      if (request.signal.aborted) break;
      request.onDelta(piece);
    }
    return {
      text,
      meta: { provider: this.name, model: this.model, confidence, citations, declined, latencyMs: Date.now() - started },
    };
  }
}
