/**
 * How well one sentence answers the question. The base is the share of the
 * question's information (IDF-weighted words, and the place asked about) the
 * sentence carries — words its section heading or article title carry count
 * in part, synonyms and typos almost fully. On top: the row whose range holds
 * the asked measurement, the period that holds the asked day, an answer of
 * the kind the question's form wants, and the passage's own relevance. A
 * sentence about another country than the one asked about loses.
 */
import { daysAllowed, inPeriod, ruleCountsFrom } from "./dates.ts";
import type { About } from "./about.ts";
import type { SentenceFacts, Section } from "./candidates.ts";
import { placeFit, type Place } from "./places.ts";
import { quantityFit } from "./quantities.ts";
import type { AskedTerm, Question } from "./question.ts";
import { SCORING } from "./weights.ts";
import { stem as stemOf, withinEdits } from "./words.ts";

export interface Scored {
  section: Section;
  sentence: SentenceFacts;
  score: number;
  /** The information share alone, in [0, 1]. */
  coverage: number;
  /** How well it names the asked place: 1 exactly … 0 not at all; -1 another place. */
  place: number;
  /** Extra for a matching number, period or form. */
  bonus: number;
  /** What its section is about, against the question. */
  about: About;
}


/**
 * A term's credit in a sentence, from its words (or its section heading or
 * article title, in part); with `broader`, also from the broader word for it
 * ("tent" → "item"), which helps find the policy but is no evidence that the
 * knowledge base covers the thing itself.
 */
export function termCredit(term: AskedTerm, sentence: SentenceFacts, section: Section, broader = true): number {
  if (sentence.stems.has(term.stem)) return SCORING.text;
  if (term.alternatives.some((a) => sentence.stems.has(a))) return SCORING.alternative;
  if (!term.known && term.stem.length >= 4 && sentence.words.some((w) => isTypoOf(term.stem, w.norm))) return SCORING.typo;
  if (section.heading.has(term.stem) || term.alternatives.some((a) => section.heading.has(a))) return SCORING.heading;
  // "Can I add a sleeping bag…" meets "You cannot add new products…", and the heading "Adding an item…".
  if (broader && term.broader.some((b) => sentence.stems.has(b) || section.heading.has(b))) return SCORING.broader;
  if (sentence.near.has(term.stem)) return SCORING.near;
  if (section.title.has(term.stem)) return SCORING.title;
  return 0;
}

/** "yaer" for "year", "reciept" for "receipt": one letter wrong, missing, extra or swapped. */
function isTypoOf(typed: string, word: string): boolean {
  if (word.length < 4 || Math.abs(word.length - typed.length) > 2 || (word[0] !== typed[0] && word[1] !== typed[1])) return false;
  return withinEdits(typed, word.slice(0, typed.length + 1), 1) || withinEdits(typed, word, 1);
}

/** Words that answer "can I …?" right before its action: "you can cancel", "cannot be changed", "only add". */
const MODAL = new Set(["can", "cannot", "can't", "not", "no", "longer", "may", "possible", "able", "unable", "never", "always", "must"]);

function answersAction(question: Question, sentence: SentenceFacts): boolean {
  if (question.actions.size === 0) return false;
  return sentence.words.some((w, i) => question.actions.has(stemOf(w.norm)) && sentence.words.slice(Math.max(0, i - 3), i).some((p) => MODAL.has(p.norm)));
}

/** How the knowledge base names the shop as the one who acts. */
const SHOP = new Set(["we", "service", "team"]);

/** "You cancelled my order": the sentence says what the shop does about it ("we only cancel an order ourselves if…"). */
function saysWeDid(question: Question, sentence: SentenceFacts): boolean {
  if (question.shopDid.size === 0) return false;
  return sentence.words.some((w, i) => question.shopDid.has(stemOf(w.norm)) && sentence.words.slice(Math.max(0, i - 3), i).some((p) => SHOP.has(p.norm)));
}

function oppositeWay(question: Question, sentence: SentenceFacts): boolean {
  for (const [id, way] of question.directions) {
    const theirs = sentence.places.filter((p) => p.id === id || p.within.includes(id)).map((p) => sentence.directions.get(p.id));
    if (theirs.length > 0 && theirs.every((w) => w !== undefined && w !== way)) return true;
  }
  return false;
}

/** 1 exact … 0 unrelated for the best-fitting asked place; -1 when the sentence (or its heading) names only others. */
export function placeScore(asked: Place[], sentence: SentenceFacts, section: Section): number {
  if (asked.length === 0) return 0;
  const fit = (named: Place[]) => Math.max(0, ...asked.flatMap((a) => named.map((n) => placeFit(a, n))));
  const own = fit(sentence.places);
  if (own > 0) return own;
  if (sentence.places.length > 0) return -1;
  const heading = 0.8 * fit(section.headingPlaces);
  if (heading > 0) return heading;
  return section.headingPlaces.length > 0 ? -1 : 0;
}

/** A place weighs as much as the question's most informative word the knowledge base uses (2.5 at least). */
export function placeWeight(question: Question): number {
  return question.places.length === 0 ? 0 : Math.max(2.5, ...question.terms.filter((t) => t.known).map((t) => t.weight));
}

export function totalWeight(question: Question): number {
  return question.terms.reduce((sum, t) => sum + t.weight, 0) + placeWeight(question);
}

/** An amount, a duration, a number or a time asked for: a sentence giving one is much likelier the answer. */
const CONCRETE = new Set<Question["forms"] extends Set<infer F> ? F : never>(["money", "threshold", "duration", "count", "when"]);

/** What the sentence's section says as a whole: how much of the question it covers, and what it is about. */
export interface SectionPrior {
  coverage: number;
  about: About;
}

export function scoreSentence(question: Question, section: Section, sentence: SentenceFacts, prior: SectionPrior): Scored {
  const total = totalWeight(question);
  let gained = 0;
  for (const term of question.terms) gained += term.weight * termCredit(term, sentence, section);
  // A sentence going the other way with the asked place ("to the United States" for "from the US") fits it less.
  const place = placeScore(question.places, sentence, section) * (oppositeWay(question, sentence) ? SCORING.otherWay : 1);
  gained += placeWeight(question) * (place >= 0 ? place : -SCORING.placeMismatch);
  const coverage = total > 0 ? Math.max(0, gained / total) : 0;
  let bonus = 0;
  for (const asked of question.quantities) bonus += SCORING.quantity * quantityFit(asked, sentence.quantities);
  // Whether the asked day falls in the sentence's period decides whether its rule applies at all: not capped.
  let period = 0;
  for (const day of question.days) for (const p of sentence.periods) period += inPeriod(day.day, p) ? SCORING.period : -SCORING.period;
  const forms = [...question.forms].filter((f) => sentence.shapes.has(f));
  // "How much" is answered by a price more than by "free above £65" (which answers "is it free?").
  const priced = forms.includes("money") && (question.forms.has("threshold") || !sentence.shapes.has("threshold"));
  if (forms.length > 0) bonus += forms.some((f) => CONCRETE.has(f) && (f !== "money" || priced)) ? SCORING.concreteForm : SCORING.form;
  if (question.sizeSystem && sentence.quantities.some((q) => q.label[0] === question.sizeSystem)) bonus += SCORING.sizeSystem;
  if (sentence.index === 0) bonus += SCORING.lead;
  if (answersAction(question, sentence)) bonus += SCORING.action;
  if (saysWeDid(question, sentence)) bonus += SCORING.weDid;
  for (const [a, b] of question.pairs) if (adjacent(sentence, a, b)) bonus += SCORING.pair;
  if (question.counted && counts(sentence, question.counted)) bonus += SCORING.counted;
  // "Delivered on 3 February, what is the last day?": a rule to count from ("within 30 days").
  // Like the period, whether the rule counts from the visitor's day decides whether it gives their last day: not capped.
  if (question.deadline && question.days.some((d) => d.exact) && daysAllowed(sentence.text) !== null) period += SCORING.rule * countsFromTheDay(question, sentence) * (rulesTheAction(question, sentence) ? 1 : 0.5);
  // A question about the article's subject as a whole ("what is your return policy?") is answered by its lead.
  if (sentence.index === 0 && section.hit.position === 0 && isGeneral(question)) bonus += SCORING.articleLead * titleShare(question, section);
  // A section whose heading asks what the visitor asks ("Where is my order?") answers it.
  if (sentence.index < 2 && [...question.forms].some((f) => f !== "yesno" && section.headingForms.has(f))) bonus += SCORING.headingForm;
  // What the section is about (its heading; its article's title and tags) outweighs words a sentence shares by chance.
  const topic = SCORING.aboutHeading * prior.about.heading + SCORING.aboutArticle * prior.about.article + SCORING.aboutWording * prior.about.wording;
  // "What does Out for delivery mean?": the entry that defines those very words answers, whatever else they share.
  // The very name a question asks the meaning of is unmistakable, however short ("what does Refunded mean?").
  const share = !sentence.label ? 0 : sentence.label === question.defines ? 1 : question.text.includes(` ${sentence.label} `) ? labelShare(sentence.label) : 0;
  const defines = SCORING.label * share;
  // A name of three words or more, quoted whole, is what the question asks about, however few of its words count.
  const covered = share >= 1 ? Math.max(coverage, 1) : coverage;
  const score = covered + Math.min(bonus, SCORING.bonusCap) + period + defines + SCORING.passagePrior * prior.coverage + SCORING.relevancePrior * section.relevance + topic;
  return { section, sentence, score, coverage: covered, place, bonus, about: prior.about };
}

/** A name of three words or more is unmistakable; one word ("Trail") may be a word of something else ("trail points"). */
function labelShare(label: string): number {
  const words = label.split(" ").length;
  return words >= 3 ? 1 : words === 2 ? 0.7 : 0.25;
}

/**
 * 1 when the sentence's rule counts from what happened on the visitor's day
 * ("delivered on 20 May" and "within 30 days of delivery"), or either does
 * not say; -1 when it counts from something else ("of creating the return label").
 */
function countsFromTheDay(question: Question, sentence: SentenceFacts): number {
  const from = ruleCountsFrom(sentence.text);
  const events = question.days.filter((d) => d.exact && d.event).map((d) => d.event);
  if (from === null || events.length === 0) return 1;
  return events.includes(from === "other" ? null : from) ? 1 : -1;
}

/** The rule is about what the visitor wants to do ("until when can I return it?" and "return it within 30 days"), or nothing is named. */
function rulesTheAction(question: Question, sentence: SentenceFacts): boolean {
  return question.actions.size === 0 || [...question.actions].some((a) => sentence.stems.has(a));
}

/** Names no place, number or day: a question about a subject as a whole. */
function isGeneral(question: Question): boolean {
  return question.places.length === 0 && question.quantities.length === 0 && question.days.length === 0 && question.terms.length >= 1;
}

function titleShare(question: Question, section: Section): number {
  const total = question.terms.reduce((sum, t) => sum + t.weight, 0);
  if (total <= 0) return 0;
  return question.terms.reduce((sum, t) => sum + (section.title.has(t.stem) ? t.weight : 0), 0) / total;
}

function adjacent(sentence: SentenceFacts, first: string, second: string): boolean {
  const words = sentence.words;
  for (let i = 0; i + 1 < words.length; i++) if (stemOf(words[i]?.norm ?? "") === first && stemOf(words[i + 1]?.norm ?? "") === second) return true;
  return false;
}

/** "5 stars", "1 Trail Point": a number followed, within two words, by what is counted. */
function counts(sentence: SentenceFacts, counted: string): boolean {
  const words = sentence.words;
  return words.some((w, i) => /^\d/.test(w.norm) && words.slice(i + 1, i + 4).some((n) => stemOf(n.norm) === counted));
}
