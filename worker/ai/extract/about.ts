/**
 * What a section is about, against what the question asks — before any of
 * its sentences is read. A help centre says what each part answers: the
 * section heading ("Which payment methods do you accept?"), the article's
 * title and the tags its author gave it. A question that matches those is
 * about that section, even where a sentence elsewhere happens to share more
 * of its words ("do you take PayPal or Klarna?" is about payment methods, not
 * about "PayPal and Klarna cancellations").
 */
import type { Section } from "./candidates.ts";
import { placeFit } from "./places.ts";
import type { AskedTerm, Question } from "./question.ts";
import { SCORING } from "./weights.ts";

/** Credit of a question word found in a heading, title or tags through one of its synonyms, or its broader word. */
const ALTERNATIVE = 0.9;
const BROADER = 0.6;

export interface About {
  /** In [0, 1]: how closely the heading and the question ask the same (both ways: each covers the other). */
  heading: number;
  /** In [0, 1]: the share of the question the article's title and tags name. */
  article: number;
  /** In [0, 1]: how much of their wording, function words included, the heading and the question share ("What can I do in the store?"). */
  wording: number;
}

export function aboutOf(question: Question, section: Section): About {
  // The visitor's situation ("the parcel was delivered…, when…") says less about which section answers than the ask.
  const weight = (t: AskedTerm) => t.weight * (t.context ? SCORING.context : 1);
  const total = question.terms.reduce((sum, t) => sum + weight(t), 0);
  if (total <= 0) return { heading: 0, article: 0, wording: 0 };
  const share = (found: (t: AskedTerm) => number) => question.terms.reduce((sum, t) => sum + weight(t) * found(t), 0) / total;
  const recall = share((t) => credit(t, section.heading));
  const article = share((t) => Math.max(credit(t, section.title), credit(t, section.tags)));
  return { heading: headingMatch(question, section, recall), article, wording: wording(question, section) };
}

/** Dice overlap of the question's and the heading's words (synonyms of the question's informative words count). */
function wording(question: Question, section: Section): number {
  const heading = section.headingWords;
  if (heading.size === 0 || question.words.size === 0) return 0;
  let shared = 0;
  for (const w of question.words) if (heading.has(w)) shared++;
  for (const t of question.terms) if (!heading.has(t.stem) && t.alternatives.some((a) => heading.has(a))) shared++;
  return (2 * Math.min(shared, heading.size, question.words.size)) / (heading.size + question.words.size);
}

function credit(term: AskedTerm, stems: Set<string>): number {
  if (stems.has(term.stem)) return 1;
  if (term.alternatives.some((a) => stems.has(a))) return ALTERNATIVE;
  return term.broader.some((b) => stems.has(b)) ? BROADER : 0;
}

/**
 * The harmonic mean of how much of the question the heading carries and how
 * much of the heading the question asks, so that neither a heading naming
 * one of many asked words nor a broad heading sharing one word ("Rules")
 * counts as a match. The asked place counts as a word of both.
 */
function headingMatch(question: Question, section: Section, recall: number): number {
  const asked = new Set(question.terms.flatMap((t) => [t.stem, ...t.alternatives, ...t.broader]));
  const place = question.places.length === 0 ? 0 : Math.max(0, ...question.places.flatMap((a) => section.headingPlaces.map((n) => placeFit(a, n))));
  const words = section.headingTerms.length + (section.headingPlaces.length > 0 ? 1 : 0);
  if (words === 0) return 0;
  const precision = (section.headingTerms.filter((t) => asked.has(t)).length + place) / words;
  const covered = question.places.length > 0 ? (recall * question.terms.length + place) / (question.terms.length + 1) : recall;
  return covered > 0 && precision > 0 ? (2 * covered * precision) / (covered + precision) : 0;
}
