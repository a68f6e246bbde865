/**
 * What a visitor's question asks, read without a model: its informative
 * words (IDF-weighted, with everyday synonyms), the kind of answer its form
 * wants (an amount, a duration, a yes or no, steps…), the action a "can I …"
 * question is about, and the places, numbers and days it names.
 */
import { definedName, queryTerms } from "../../kb/query-terms.ts";
import type { TermWeights } from "../../kb/term-weights.ts";
import { contextStems } from "./clauses.ts";
import { isMoodWord } from "./mood-words.ts";
import { alternativesOf, broaderOf } from "./synonyms.ts";
import { DAY_MENTION, daysIn, type DayOfYear } from "./dates.ts";
import { directionsOf, findPlaces, type Direction, type Place } from "./places.ts";
import { askedQuantities, type Quantity } from "./quantities.ts";
import { stem, wordingOf, wordsOf } from "./words.ts";

export type Form = "money" | "threshold" | "duration" | "when" | "count" | "where" | "yesno" | "howto" | "why";

export interface AskedTerm {
  stem: string;
  weight: number;
  /** Stems that say the same in shop language ("postage" → "ship", "deliveri"). */
  alternatives: string[];
  /** The broader words policies use for it ("tent" → "item", "product"). */
  broader: string[];
  /** The knowledge base uses the word. */
  known: boolean;
  /** Told as the visitor's situation, outside the clause that asks: it says less about which article answers. */
  context: boolean;
}

export interface Question {
  /** The question in lower case, without accents, words separated by single spaces. */
  text: string;
  /** The stems of its words but articles and possessives, for comparing wordings. */
  words: Set<string>;
  /** What it asks the meaning of ("what does Refunded mean?" → "refunded"), its words joined by spaces. */
  defines: string | null;
  terms: AskedTerm[];
  forms: Set<Form>;
  places: Place[];
  /** "a return parcel from the US" goes the other way than "delivery to the US". */
  directions: Map<string, Direction>;
  quantities: Quantity[];
  days: DayOfYear[];
  /** Asks for a last day ("until when can I return it?"). */
  deadline: boolean;
  /** Stems of the action a "can I …" or "how do I …" question is about. */
  actions: Set<string>;
  /** What the visitor says the shop did or asks it to do ("you cancelled my order", "can you change…"): the shop's "we…" answers. */
  shopDid: Set<string>;
  /** What the visitor asks to do or to have done ("can I add…", "do you sell…"), with their synonyms: an answer must speak of it. */
  verbs: { stem: string; alternatives: string[] }[];
  /** "which UK size": the size system the answer should be given in. */
  sizeSystem: string | null;
  /** "how many stars": what the number in the answer counts. */
  counted: string | null;
  /** Stems of consecutive informative words, as pairs ("vat number"): a sentence with the pair matches closely. */
  pairs: [string, string][];
}

const FORMS: [Form, RegExp][] = [
  ["money", /\bhow much\b(?!\s+(?:time|longer))|\bcost|\bprice|\bcharge|\bfees?\b|\bpostage\b|\bexpensive|\bcheap|\bdiscount\b|\bwho pays\b|\bpay for\b|\bhave to pay\b/],
  ["threshold", /\bfree\b|\bminimum\b|\bspend\b|\bthreshold\b|\bover\b|\babove\b/],
  ["duration", /\bhow long\b|\bhow many (?:working )?(?:days|weeks|hours|minutes)|\bhow (?:quickly|fast|soon)\b|\bdelivery time|\btransit time|\btake to (?:arrive|get)|\bwhen (?:will|does|do|would) .*\b(?:arrive|get|come|reach|appear)\b/],
  ["when", /\bwhen\b|\bwhat time\b|\buntil when\b|\bdeadline\b|\blast day\b|\bopen\b|\bclose\b|\bsundays?\b|\bsaturdays?\b/],
  // "The biggest", "the lightest": a measure to compare.
  ["count", /\bhow (?:many|old|often)\b|\bhow frequently\b|\bminimum age\b|\bage\b|\b(?:biggest|largest|smallest|lightest|heaviest|warmest|longest|shortest|highest|lowest|maximum|max)\b/],
  // "It has not arrived yet" asks where it is.
  ["where", /\bwhere\b|\baddress\b|\bpostcode\b|\b(?:not|n't|never)\s+(?:yet\s+)?(?:arrived|come|came|received|shown up|turned up|here)\b|\bstill waiting\b/],
  ["yesno", /^(?:can|could|may|is|are|do|does|did|will|would|am|should|has|have)\b|[,;]\s*(?:can|could|may|is|are|do|does|did|will|would|should) (?:i|we|you|it|they|that|this|there)\b|\b(?:can|could|may) (?:i|we|you)\b|\bis it possible\b|\bam i allowed\b|\bis there\b/],
  ["howto", /\bhow (?:do|can|should|would) (?:i|we|you)\b|\bhow to\b|\bwhat (?:do|should|can|must) i do\b|\bwhat (?:now|next)\b|\bsteps?\b/],
  ["why", /\bwhy\b|\bnot working\b|\bdeclined\b|\binvalid\b|\brejected?\b/],
];

/** The kinds of answer a question's wording asks for. */
export function formsOf(question: string): Set<Form> {
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  const forms = new Set(FORMS.filter(([, re]) => re.test(lower)).map(([form]) => form));
  if (forms.has("howto")) forms.delete("yesno");
  return forms;
}

/**
 * "can I add …", "how do I cancel …", "I want to return …": the visitor's
 * own action the question is about ("do you sell …" is about what is sold).
 */
const ACTION = /\b(?:can|could|may|do|should|would)\s+(?:i|we)\s+(?:still\s+|just\s+|also\s+|please\s+)?([a-z]+)|\bhow (?:do|can|to) (?:i |we )?([a-z]+)|\b(?:want|need|like|able|possible|allowed) to\s+([a-z]+)|\b(?:last day|deadline|too late) (?:to|for) (?:a |an )?([a-z]+)|\b(?:until|till|by) when (?:can|must|should) (?:i|we|it|they) (?:be )?([a-z]+)/g;

/** "can I add", "do you sell", "will you ship": the doing asked about. */
const ASKED_VERB = /\b(?:can|could|do|does|did|will|would|may)\s+(?:i|we|you)\s+(?:still\s+|just\s+|also\s+|please\s+|ever\s+)?([a-z]+)/g;
/** "you cancelled", "you've sent", "can you change": the shop as the one who did it or is asked to (not "do you…"). */
const SHOP_DID = /(?:^|[^a-z])(?:you|you've|you have|you had)\s+(?:just\s+|already\s+|still\s+|never\s+)?([a-z]+ed|sent|sold|took|made|lost|kept|gave)\b|\b(?:can|could|will|would) you (?:please |guys )?([a-z]+)/g;
/** Verbs that say little of their own ("can I get…", "do you have…"). */
const LIGHT_VERBS = new Set(["have", "get", "do", "be", "need", "want", "like", "use", "make", "go", "know", "see", "find", "take", "give", "put", "let", "tell", "help"].map((v) => stem(v)));

/** People a visitor mentions while asking about something else. */
const PEOPLE = new Set(
  "sister brother wife husband partner mum mom mother dad father son daughter friend friends boss colleague neighbour neighbor kid kids child children family girlfriend boyfriend grandma grandpa".split(" "),
);
const INCIDENTAL = 0.3;
/** The weight of a word known only through its synonyms (about that of a word in one passage in twenty). */
const SYNONYM_WEIGHT = 3;

const QUESTION_WORDS =
  /\bhow (?:long|much|many|often|soon|quickly|fast|old|far)\b|\b(?:what|which) time\b|\bmean(?:s|ing|t)?\b|\b(?:how|when|where|why|what|which|who|whom|whose)\b|\blast day\b|\bdeadline\b/g;
/** Order numbers and references say which order, not what is asked ("KO-2231198"). */
const REFERENCE = /\b[a-z]{1,4}-?\d{4,}\b|\b\d{5,}\b/g;
const NUMBER_UNIT =
  /\d[\d.,]*\s?(?:cm|mm|km|m|kg|g|l|ml|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|degrees?|°c?|euros?|eur|pounds?|quid|dollars?|bucks|lit(?:re|er)s?|%)?(?![a-z])/g;

const SIZE_SYSTEM = /\b(?:which|what|in|to)\s+(eu|uk|us)\b(?:\s+(?:men'?s?|women'?s?))?\s*(?:size|sizes|sizing)?\b/;

const DEADLINE = /\blast day\b|\bdeadline\b|\buntil when\b|\btill when\b|\bby when\b|\bhow long do i have\b|\btoo late\b|\bwhen (?:is|do|must|can)\b.*\b(?:return|send)/;

/** "What is the last day to return it?", "until when…": a question for a last day, answered by a "within N days" rule. */
export function asksDeadline(question: string): boolean {
  return DEADLINE.test(question.toLowerCase().replace(/[’‘]/g, "'"));
}

export function readQuestion(question: string, weights: TermWeights): Question {
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  const words = wordsOf(question);
  const mentions = findPlaces(words);
  const placeWords = new Set(mentions.flatMap((m) => words.slice(m.start, m.end).map((w) => w.norm)));
  const actions = new Set([...lower.matchAll(ACTION)].map((m) => stem(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "")).filter(Boolean));
  const terms: AskedTerm[] = [];
  // "The parcel was delivered on 14 July, what is the last day to return it?": the asking clause says what is asked.
  const context = contextStems(question);
  // The question's form ("how long", "when") is read below; its numbers and their units are quantities.
  // Days are read as days, not as numbers or words ("14 July" is not "14 days").
  const undated = lower.replace(DAY_MENTION, " ");
  const asked = undated.replace(REFERENCE, " ").replace(QUESTION_WORDS, " ").replace(NUMBER_UNIT, " ");
  for (const word of queryTerms(asked, 100)) {
    // "us" the country is a place (written US); lower case, it is the pronoun.
    if (placeWords.has(word) || /\d/.test(word) || word === "us") continue;
    const s = stem(word);
    if (terms.some((t) => t.stem === s)) continue;
    // A word the knowledge base never uses but that has a shop-language synonym ("expensive" → "cost") names a
    // concept it knows: it weighs like an ordinary informative word, not like the rarest.
    const alternatives = alternativesOf(s);
    const known = weights.documents(s) > 0 || alternatives.length > 0;
    const base = weights.documents(s) > 0 || alternatives.length === 0 ? weights.weight(s) : Math.min(weights.weight(s), SYNONYM_WEIGHT);
    // The action of a "can I …" question weighs more: "add" an item, not the item, is what is asked.
    // A word the knowledge base never uses is mostly the visitor's situation when it is theirs ("my sister").
    // One that only tells how they feel ("ridiculous", "ugh") asks nothing.
    if (!known && isMoodWord(word)) continue;
    const incidental = !known && (PEOPLE.has(word) || new RegExp(`\\b(?:my|our|his|her|their)\\s+${word}\\b`).test(lower));
    const weight = base * (actions.has(s) ? 1.5 : 1) * (incidental ? INCIDENTAL : 1);
    terms.push({ stem: s, weight, alternatives, broader: broaderOf(s), known, context: context.has(s) });
  }
  const forms = formsOf(question);
  return {
    text: ` ${words.map((w) => w.norm).join(" ")} `,
    words: wordingOf(question),
    defines: ((name) => (name ? wordsOf(name).map((w) => w.norm).join(" ") : null))(definedName(question)),
    terms,
    forms,
    places: mentions.map((m) => m.place),
    directions: directionsOf(words, mentions),
    quantities: askedQuantities(undated),
    days: daysIn(question),
    deadline: asksDeadline(lower),
    actions,
    shopDid: new Set([...lower.matchAll(SHOP_DID)].map((m) => stem(m[1] ?? m[2] ?? "")).filter((v) => v && !LIGHT_VERBS.has(v))),
    verbs: [...new Set([...lower.matchAll(ASKED_VERB)].map((m) => stem(m[1] ?? "")))].filter((v) => v && !LIGHT_VERBS.has(v)).map((v) => ({ stem: v, alternatives: alternativesOf(v) })),
    sizeSystem: SIZE_SYSTEM.exec(lower)?.[1] ?? null,
    counted: ((noun) => (noun ? stem(noun) : null))(/\bhow many\s+([a-z]+)/.exec(lower)?.[1]),
    pairs: terms.slice(1).map((t, i) => [terms[i]?.stem ?? "", t.stem] as [string, string]).filter(([a, b]) => adjacentIn(asked, a, b)),
  };
}

/** Where a question asks a second thing: "…, and is it ever free?", "…? How long does it take?". */
const PART_BREAK = /\?\s+(?=\S)|[,;]?\s+(?:and|also|plus)\s+(?=(?:how|what|when|where|which|who|is|are|can|could|do|does|will|would|should)\b)/i;

/**
 * The parts of a question in several parts, each read on its own but with
 * the places, numbers and days of the whole ("how much is postage to the UK
 * and is it ever free?" → the second part is about the UK too). Empty for a
 * question in one part.
 */
export function questionParts(question: string, whole: Question, weights: TermWeights): Question[] {
  const pieces = question.split(PART_BREAK).map((p) => p.trim()).filter((p) => p.length > 3);
  if (pieces.length < 2) return [];
  return pieces.slice(0, 3).map((piece) => {
    const part = readQuestion(piece, weights);
    // The rest of the question is context ("how quickly does it arrive" is about the express delivery asked before).
    const context = whole.terms.filter((t) => !part.terms.some((p) => p.stem === t.stem)).map((t) => ({ ...t, weight: t.weight / 2 }));
    return {
      ...part,
      terms: [...part.terms, ...context],
      places: part.places.length > 0 ? part.places : whole.places,
      quantities: part.quantities.length > 0 ? part.quantities : whole.quantities,
      days: part.days.length > 0 ? part.days : whole.days,
    };
  });
}

/** The two stems follow each other in the text (stop words may not stand between them). */
function adjacentIn(text: string, first: string, second: string): boolean {
  const stems = wordsOf(text).map((w) => stem(w.norm));
  return stems.some((s, i) => s === first && stems[i + 1] === second);
}
