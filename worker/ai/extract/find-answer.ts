/**
 * The embedded provider's whole search for an answer, without formatting:
 * the question read in the help centre's words, the passages searched for
 * it, the sentences selected, the last day a rule gives, and the confidence.
 * Shared by the provider and the calibration CLI (worker/cli/tune-answers.ts).
 */
import { retrieve } from "../../kb/retrieve.ts";
import { searchPassages, type RetrievalHit } from "../../kb/passage-repo.ts";
import type { TermWeights } from "../../kb/term-weights.ts";
import { answerConfidence, confidenceFeatures } from "./answer-confidence.ts";
import { askingText } from "./clauses.ts";
import { rephrase } from "./concepts.ts";
import { deadlineNote } from "./deadline.ts";
import { findPlaces, searchWords } from "./places.ts";
import { asksDeadline, questionParts, readQuestion, type Question } from "./question.ts";
import { selectAnswer, type Selection } from "./select.ts";
import { asPolicy } from "./synonyms.ts";
import { wordsOf } from "./words.ts";

/** Passages retrieved per question: enough for the answer and its second part to be among them. */
const HITS = 10;
/** Passages searched by the asking clause alone (when the question also tells a situation), and in policy words. */
const ALSO_HITS = 5;
/** A rule for, or counted from, the visitor's own day is a specific answer: at least this sure (the provider then answers without hedging). */
const FOR_THE_DAY_CONFIDENCE = 0.6;

/** At most this sure (so the provider hedges) when the answer does not name the place asked about. */
const ELSEWHERE_CONFIDENCE = 0.55;

export interface Found {
  question: Question;
  weights: TermWeights;
  hits: RetrievalHit[];
  selection: Selection | null;
  /** "Counted from 12 March, 30 days is until 11 April.", when a rule gives the visitor's last day. */
  deadline: string | null;
  /** In [0, 1]: how sure the knowledge base answers what was asked (see answer-confidence.ts). */
  confidence: number;
  /** What the confidence was computed from (for calibration). */
  features: number[];
}

export async function findAnswer(db: D1Database, siteId: string, text: string): Promise<Found> {
  // Searched and read in the help centre's words ("sold out" → "out of stock").
  const asked = rephrase(text);
  // A question that tells its situation first is also searched by what it asks alone, so the situation's words
  // ("I bought boots on 10 March…, until when can I return them?") cannot crowd out the answer.
  // A question naming a product is also searched in policy words, so the product's own article cannot crowd out
  // the policy asked about ("can I add a sleeping bag to my order?").
  const also = [askingText(asked), asPolicy(asked)].filter((t): t is string => t !== null);
  const [{ hits: found, weights }, ...more] = await Promise.all([
    retrieve(db, siteId, searchText(asked), HITS),
    ...also.map((t) => searchPassages(db, siteId, searchText(t), ALSO_HITS)),
  ]);
  const hits = [...found];
  for (const hit of more.flat()) if (!hits.some((h) => h.passageId === hit.passageId)) hits.push(hit);
  const question = readQuestion(asked, weights);
  const selection = selectAnswer(question, hits, questionParts(asked, question, weights));
  const deadline = selection ? deadlineNote(question, selection.chosen) : null;
  const features = selection ? confidenceFeatures(question, selection) : [];
  const forTheDay = selection !== null && (deadline !== null || selection.forTheDay) && selection.coverage >= 0.2;
  const model = selection ? answerConfidence(features) : 0;
  // An answer that does not name the place asked about may be the general rule, or about somewhere else: never sure.
  const placed = selection === null || selection.place > 0 ? model : Math.min(model, ELSEWHERE_CONFIDENCE);
  const confidence = selection ? Math.max(placed, forTheDay ? FOR_THE_DAY_CONFIDENCE : 0) : 0;
  return { question, weights, hits, selection, deadline, confidence, features };
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
