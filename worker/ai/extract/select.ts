/**
 * Picks the sentences that answer a question from the retrieved passages:
 * the best-scoring sentence wherever it is (its article is the one cited);
 * for a list, the one row the question's number, place or day picks out, or
 * the list with the sentence introducing it; the next sentence when it goes
 * on with the same thing; and for a question in several parts, the sentence
 * that answers what the first left open.
 */
import type { RetrievalHit } from "../../kb/passage-repo.ts";
import { aboutOf, type About } from "./about.ts";
import { completion } from "./complete.ts";
import { inPeriod } from "./dates.ts";
import { sectionsOf, type Section, type SentenceFacts } from "./candidates.ts";
import type { Question } from "./question.ts";
import { SCORING } from "./weights.ts";
import { placeScore, placeWeight, scoreSentence, termCredit, totalWeight, type Scored } from "./score.ts";

export interface Selection {
  /** The answer's sentences, in reading order; list items keep their bullet when shown as a list. */
  lines: string[];
  /** The passages they come from, the main one first. */
  passages: RetrievalHit[];
  /** In [0, 1]: the share of the question's information the answer (with its headings) carries. */
  coverage: number;
  /** That information in absolute terms (summed weights). */
  evidence: number;
  /** How well the answer names the place asked about: 1 exactly (or none asked) … 0 not at all; -1 only other places. */
  place: number;
  /** The sentences chosen. */
  chosen: SentenceFacts[];
  /** The answer is a rule for the very day the visitor named (its period holds it). */
  forTheDay: boolean;
  /** What the main sentence's section is about, against the question. */
  about: About;
  /** The stems the answer's sentences and their headings say. */
  said: Set<string>;
}

const MAX_ANSWER_CHARS = 420;
const TITLE_EVIDENCE = 0.8;
/** A short lead-in ("We take all major payment methods.") needs the sentence after it. */
const LEAD_IN_CHARS = 80;

export function selectAnswer(question: Question, hits: RetrievalHit[], parts: Question[] = []): Selection | null {
  const sections = sectionsOf(hits);
  const rank = (q: Question) => rankSentences(q, sections);
  const scored = rank(question);
  const best = special(question, scored) ?? top(scored);
  if (!best || best.coverage <= 0) return null;
  const main = mainSentences(question, best, scored.filter((s) => s.section === best.section));
  const chosen = [...main];
  // A question in parts ("how much is it, and is it ever free?"): each part's own best sentence too.
  for (const part of parts) {
    const answer = top(rank(part));
    if (answer && answer.coverage >= SCORING.partCoverage && answer.place >= 0 && !chosen.some((c) => c.sentence === answer.sentence)) chosen.push(answer);
  }
  const rest = completion(question, chosen, scored);
  if (rest) chosen.push(rest);
  const { coverage, evidence, place } = answerCoverage(question, chosen);
  const lines: string[] = [];
  let length = 0;
  // A list is shown as one: the sentence introducing it, then its items as bullets.
  const list = new Set(main.filter((s) => s.sentence.item).length > 1 ? main.filter((s) => s.sentence.item) : []);
  for (const s of chosen) {
    if (lines.length > 0 && length + s.sentence.text.length > MAX_ANSWER_CHARS) break;
    lines.push(list.has(s) ? `• ${s.sentence.text}` : s.sentence.text);
    length += s.sentence.text.length;
  }
  const passages = [...new Map(chosen.map((s) => [s.section.hit.articleId, s.section.hit])).values()];
  const forTheDay = chosen.some((s) => s.sentence.periods.some((p) => question.days.some((d) => inPeriod(d.day, p))));
  const said = new Set(chosen.flatMap((s) => [...s.sentence.stems, ...s.section.heading]));
  return { lines, passages, coverage, evidence, place, chosen: chosen.map((s) => s.sentence), forTheDay, about: best.about, said };
}


/** Every sentence of the sections, scored against the question. */
export function rankSentences(question: Question, sections: Section[]): Scored[] {
  return sections.flatMap((section) => {
    const prior = { coverage: passageCoverage(question, section), about: aboutOf(question, section) };
    return section.sentences.map((sentence) => scoreSentence(question, section, sentence, prior));
  });
}

/**
 * A policy for a period that holds the day the visitor names ("orders
 * delivered between 15 November and 24 December…") overrides the general
 * rule, when it is about much the same thing.
 */
function special(question: Question, scored: Scored[]): Scored | null {
  if (question.days.length === 0) return null;
  const general = top(scored);
  const holding = top(scored.filter((s) => s.sentence.periods.some((p) => question.days.some((d) => inPeriod(d.day, p)))));
  return general && holding && holding.coverage >= 0.5 * general.coverage ? holding : null;
}

function top(scored: Scored[]): Scored | null {
  return scored.reduce<Scored | null>((a, b) => (!a || b.score > a.score ? b : a), null);
}

/** "For example, …", "This means …": a sentence that leans on the one before it. */
const LEANS_BACK = /^(?:for (?:example|instance)|this|that|these|those|it|they|such|also|however|but|then|otherwise|in (?:that|this) case|after that|if so)\b/i;

/** The best sentence with what belongs to it in its own section. */
function mainSentences(question: Question, best: Scored, own: Scored[]): Scored[] {
  const byIndex = (i: number) => own.find((s) => s.sentence.index === i);
  if (best.sentence.item) {
    const rows = siblings(own, best.sentence.index);
    const next = rows.filter((r) => r !== best).reduce((m, r) => Math.max(m, r.score), -Infinity);
    // One row answers when the question picks it out (its number, place, or a clear lead), not "how do I …" a list of ways.
    const pickedOut = best.bonus - Math.max(0, ...rows.filter((r) => r !== best).map((r) => r.bonus)) >= 0.2 || best.place > Math.max(0, ...rows.filter((r) => r !== best).map((r) => r.place));
    if (rows.length <= 1 || pickedOut || (best.score - next >= SCORING.rowMargin && !question.forms.has("howto"))) return [best];
    const intro = byIndex((rows[0]?.sentence.index ?? 0) - 1);
    return intro && !intro.sentence.item && intro.sentence.text.endsWith(":") ? [intro, ...rows] : rows;
  }
  if (best.sentence.text.endsWith(":")) {
    const rows = siblings(own, best.sentence.index + 1);
    if (rows.length > 0) return [best, ...rows];
  }
  const around = aroundBest(question, best, own);
  // A section whose heading asks what the visitor asks is answered from its start, as a help centre's reader reads it.
  const lead = byIndex(0);
  if (lead && !around.includes(lead) && best.about.heading >= SCORING.faqHeading && isGeneral(question)) {
    const opening = mainSentences(question, lead, own).filter((s) => !around.includes(s));
    return [...opening, ...around].sort((a, b) => a.sentence.index - b.sentence.index);
  }
  return around;
}

/** The best (prose) sentence, the one before when it leans on it, the next when it goes on. */
function aroundBest(question: Question, best: Scored, own: Scored[]): Scored[] {
  const byIndex = (i: number) => own.find((s) => s.sentence.index === i);
  const previous = byIndex(best.sentence.index - 1);
  const before = previous && !previous.sentence.item && LEANS_BACK.test(best.sentence.text) ? [previous] : [];
  const next = byIndex(best.sentence.index + 1);
  const after = next && !next.sentence.item && next.place >= 0 && goesOn(question, best, next) ? [next] : [];
  // "…check the following places:" brings its list.
  const rows = after[0]?.sentence.text.endsWith(":") ? siblings(own, after[0].sentence.index + 1) : [];
  return [...before, best, ...after, ...rows];
}

/** Names no number or day: not a question for one particular row or rule. */
function isGeneral(question: Question): boolean {
  return question.quantities.length === 0 && question.days.length === 0;
}

/** The next sentence belongs to the answer: it completes a short or yes/no lead, gives what the question's form asks, or goes on. */
function goesOn(question: Question, best: Scored, next: Scored): boolean {
  const text = best.sentence.text;
  if (text.length < LEAD_IN_CHARS || /^(?:yes|no)\b/i.test(text) || LEANS_BACK.test(next.sentence.text)) return true;
  if ([...question.forms].some((f) => next.sentence.shapes.has(f) && !best.sentence.shapes.has(f))) return true;
  return next.coverage >= SCORING.goesOn * best.coverage;
}

/** The list items around position `at` (one list: consecutive items). */
function siblings(own: Scored[], at: number): Scored[] {
  const sorted = [...own].sort((a, b) => a.sentence.index - b.sentence.index);
  const i = sorted.findIndex((s) => s.sentence.index === at);
  if (i < 0 || !sorted[i]?.sentence.item) return [];
  let start = i;
  let end = i;
  while (start > 0 && sorted[start - 1]?.sentence.item) start--;
  while (end < sorted.length - 1 && sorted[end + 1]?.sentence.item) end++;
  return sorted.slice(start, end + 1);
}

/** Share and sum of the question's weights the answer carries (each term at its best credit among the sentences). */
function answerCoverage(question: Question, chosen: Scored[]): { coverage: number; evidence: number; place: number } {
  let evidence = 0;
  // Here a word in the cited article's title counts nearly fully: the article is about it ("return policy" → "Returns policy").
  // So does a tag its author gave the article ("PayPal" on "Accepted payment methods").
  const about = (term: Question["terms"][number], s: Scored) => s.section.title.has(term.stem) || s.section.tags.has(term.stem);
  const credit = (term: Question["terms"][number], s: Scored) => Math.max(termCredit(term, s.sentence, s.section, false), about(term, s) ? TITLE_EVIDENCE : 0);
  for (const term of question.terms) evidence += term.weight * Math.max(0, ...chosen.map((s) => credit(term, s)));
  const place = Math.max(-1, ...chosen.map((s) => placeScore(question.places, s.sentence, s.section)));
  evidence += placeWeight(question) * Math.max(0, place);
  const total = totalWeight(question);
  return { coverage: total > 0 ? evidence / total : 0, evidence, place: question.places.length === 0 ? 1 : place };
}

/** How much of the question the whole passage (title, heading and text) carries. */
function passageCoverage(question: Question, section: Section): number {
  const total = totalWeight(question);
  if (total <= 0) return 0;
  let gained = 0;
  for (const term of question.terms) {
    const has = (t: string) => section.stems.has(t) || section.heading.has(t);
    gained += term.weight * (has(term.stem) ? 1 : term.alternatives.some(has) ? 0.75 : section.title.has(term.stem) ? 0.35 : 0);
  }
  return gained / total;
}
