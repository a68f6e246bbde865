/**
 * The answer-quality suite over the demo knowledge base (worker/demo/answers/):
 * shopper questions with the facts a right answer must contain and the
 * article it should cite, questions the knowledge base does not cover (to be
 * declined) and questions in other languages (to get the language notice and
 * the offer of a person). dev.json is tuned on; test.json was written first
 * and is never tuned on. Pure code: the eval CLI and the workerd test share it.
 */
import { z } from "zod";
import type { AiAnswer } from "../ai/provider.ts";

const Id = z.string().regex(/^[a-z]\d{3}$/);
const Question = z.string().trim().min(2).max(500);

/** Each fact lists the wordings that count as stating it; a right answer states every fact. */
const Covered = z.strictObject({
  id: Id,
  question: Question,
  article: z.array(z.string().min(1)).min(1),
  facts: z.array(z.array(z.string().min(1)).min(1)).min(1),
});
const Uncovered = z.strictObject({ id: Id, question: Question, covered: z.literal(false) });
const Foreign = z.strictObject({ id: Id, question: Question, lang: z.enum(["es", "fr", "de", "pt", "it", "nl"]) });

export const AnswerCase = z.union([Covered, Uncovered, Foreign]);
export type AnswerCase = z.infer<typeof AnswerCase>;
export const AnswerSuite = z.array(AnswerCase).min(1);

export type CaseKind = "covered" | "uncovered" | "foreign";

export function kindOf(c: AnswerCase): CaseKind {
  return "facts" in c ? "covered" : "lang" in c ? "foreign" : "uncovered";
}

/** Parses a suite file's JSON; throws with the set's name and the first problem. */
export function parseSuite(name: string, json: unknown): AnswerCase[] {
  const parsed = AnswerSuite.safeParse(json);
  if (!parsed.success) throw new Error(`answer suite ${name}: ${z.prettifyError(parsed.error)}`);
  const ids = new Set<string>();
  for (const c of parsed.data) {
    if (ids.has(c.id)) throw new Error(`answer suite ${name}: duplicate id ${c.id}`);
    ids.add(c.id);
  }
  return parsed.data;
}

export interface Outcome {
  id: string;
  kind: CaseKind;
  question: string;
  text: string;
  declined: boolean;
  confidence: number;
  cited: string | null;
  /** Covered: every fact stated and not declined. Uncovered: declined. Foreign: notice and offer given. */
  right: boolean;
  /** Covered only: the first citation is one of the expected articles. */
  citedRight: boolean;
  /** Covered only: the facts the answer does not state (their first wording). */
  missing: string[];
}

/** Case, spaces and typographic quotes do not matter when looking for a fact. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
}

/** The answer says it answers in English and asks whether the visitor wants a person, naming the button. */
export function givesLanguageNotice(text: string): boolean {
  return /\bEnglish\b/.test(text) && /person[^.!?]*\?/.test(text) && /Talk to a person/.test(text);
}

export function score(c: AnswerCase, answer: AiAnswer): Outcome {
  const kind = kindOf(c);
  const { declined, confidence } = answer.meta;
  const cited = answer.meta.citations[0]?.articleId ?? null;
  const text = normalize(answer.text);
  const missing = "facts" in c ? c.facts.filter((wordings) => !wordings.some((w) => text.includes(normalize(w)))).map((w) => w[0] ?? "") : [];
  const citedRight = "article" in c && cited !== null && c.article.includes(cited);
  const right = kind === "covered" ? !declined && missing.length === 0 : kind === "uncovered" ? declined : givesLanguageNotice(answer.text);
  return { id: c.id, kind, question: c.question, text: answer.text, declined, confidence, cited, right, citedRight, missing };
}

export interface Figures {
  covered: number;
  uncovered: number;
  foreign: number;
  /** Covered questions answered with every expected fact. */
  answer_accuracy: number;
  /** Covered questions whose first citation is an expected article. */
  citation_accuracy: number;
  /** English questions handled right on the decline axis: uncovered declined, covered not declined. */
  decline_accuracy: number;
  /** Uncovered questions declined. */
  uncovered_declined: number;
  /** Covered questions declined. */
  covered_declined: number;
  /** Questions in other languages that got the language notice and the offer of a person. */
  language_notice: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export function figures(outcomes: Outcome[]): Figures {
  const covered = outcomes.filter((o) => o.kind === "covered");
  const uncovered = outcomes.filter((o) => o.kind === "uncovered");
  const foreign = outcomes.filter((o) => o.kind === "foreign");
  const coveredDeclined = covered.filter((o) => o.declined).length;
  const uncoveredDeclined = uncovered.filter((o) => o.declined).length;
  return {
    covered: covered.length,
    uncovered: uncovered.length,
    foreign: foreign.length,
    answer_accuracy: share(covered.filter((o) => o.right).length, covered.length),
    citation_accuracy: share(covered.filter((o) => o.citedRight).length, covered.length),
    decline_accuracy: share(covered.length - coveredDeclined + uncoveredDeclined, covered.length + uncovered.length),
    uncovered_declined: share(uncoveredDeclined, uncovered.length),
    covered_declined: share(coveredDeclined, covered.length),
    language_notice: share(foreign.filter((o) => o.right).length, foreign.length),
  };
}
