import { retrieve } from "../kb/retrieve.ts";
import { searchPassages } from "../kb/search.ts";
import { askingText } from "./extract/clauses.ts";
import { citationsOf, retrievalEvidence } from "./evidence.ts";
import { rephrase } from "./extract/concepts.ts";
import { deadlineNote } from "./extract/deadline.ts";
import { findPlaces, searchWords } from "./extract/places.ts";
import { asksDeadline, questionParts, readQuestion } from "./extract/question.ts";
import { selectAnswer, type Selection } from "./extract/select.ts";
import { wordsOf } from "./extract/words.ts";
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

/** Passages retrieved per question: enough for the answer and its second part to be among them. */
const HITS = 10;
/** Passages searched by the asking clause alone, when the question also tells a situation. */
const ASK_HITS = 5;
/** Summed IDF of the matched words at which absolute evidence counts fully (about three informative words). */
const EVIDENCE_FOR_FULL_MARKS = 10;

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
    // Searched and read in the help centre's words ("sold out" → "out of stock"); the language is judged as written.
    const asked = rephrase(request.question);
    // A question that tells its situation first is also searched by what it asks alone, so the situation's words
    // ("I bought boots on 10 March…, until when can I return them?") cannot crowd out the answer.
    const ask = askingText(asked);
    const [{ hits: found, weights }, more] = await Promise.all([
      retrieve(this.db, request.site.id, searchText(asked), HITS),
      ask ? searchPassages(this.db, request.site.id, searchText(ask), ASK_HITS) : Promise.resolve([]),
    ]);
    const hits = [...found, ...more.filter((m) => !found.some((h) => h.passageId === m.passageId))];
    const question = readQuestion(asked, weights);
    const selection = selectAnswer(question, hits, questionParts(asked, question, weights));
    const deadline = selection ? deadlineNote(question, selection.chosen) : null;
    // A rule for, or counted from, the visitor's own day is a specific answer, however they worded the rest.
    const forTheDay = selection && (deadline || selection.forTheDay) && selection.coverage >= 0.2;
    const confidence = selection ? Math.max(confidenceOf(selection), forTheDay ? EMBEDDED_SURE_CONFIDENCE : 0) : 0;
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

/**
 * What is searched: the question, the countries of the cities it names (the
 * KB says what applies to the country), and for a question for a last day
 * the words of the rule that gives one ("within 30 days").
 */
function searchText(question: string): string {
  const extra = findPlaces(wordsOf(question)).map((m) => searchWords(m.place)).filter(Boolean);
  if (asksDeadline(question)) extra.push("within days");
  return extra.length > 0 ? `${question} ${extra.join(" ")}` : question;
}

function confidenceOf(selection: Selection): number {
  const value = 0.55 * selection.coverage + 0.45 * Math.min(1, selection.evidence / EVIDENCE_FOR_FULL_MARKS);
  return Math.round(Math.min(1, value) * 1000) / 1000;
}
