/**
 * The sentences retrieval offers as answers, each with what it talks about:
 * its words, places, numbers and periods, and the kinds of answer it gives
 * (an amount, a duration, a yes or no…). Parsed once per passage text.
 */
import type { RetrievalHit } from "../../kb/passage-repo.ts";
import { conceptStems } from "./concepts.ts";
import { periodsIn, type Period } from "./dates.ts";
import { directionsOf, findPlaces, type Direction, type Place } from "./places.ts";
import { quantitiesOf, type Quantity } from "./quantities.ts";
import { formsOf, type Form } from "./question.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { stem, stemSet, wordingOf, wordsOf, type Word } from "./words.ts";
import { queryTerms } from "../../kb/query-terms.ts";

/** Words that make a heading a question, not what it is about. */
const QUESTION_WORDS = /\b(?:how|when|where|why|what|which|who|long|much|many)\b/gi;

export interface SentenceFacts extends Sentence {
  stems: Set<string>;
  /** The stems of the sentences right before and after it in its section. */
  near: Set<string>;
  words: Word[];
  places: Place[];
  /** Which way the sentence goes with its places ("from the UK", "to the UK"), by place id. */
  directions: Map<string, Direction>;
  quantities: Quantity[];
  periods: Period[];
  /** The kinds of answer the sentence gives. */
  shapes: Set<Form>;
  /** What a definition or list entry defines, in lower case: "Out for delivery: the driver has…" → "out for delivery". */
  label: string | null;
}

export interface Section {
  hit: RetrievalHit;
  /** Retrieval rank of the passage (0 = best). */
  rank: number;
  title: Set<string>;
  /** The stems of the article's tags. */
  tags: Set<string>;
  heading: Set<string>;
  /** The stems of every word of the heading but articles and possessives, for comparing wordings. */
  headingWords: Set<string>;
  /** The heading's informative stems (no function or question words), to see how much of it a question asks. */
  headingTerms: string[];
  headingPlaces: Place[];
  /** What the section heading asks, when it is a question ("Where is my order?" → where). */
  headingForms: Set<Form>;
  /** The passage's full-text relevance relative to the best retrieved, in [0, 1]. */
  relevance: number;
  /** Every stem of its sentences. */
  stems: Set<string>;
  sentences: SentenceFacts[];
}

const SHAPES: [Form, RegExp][] = [
  ["money", /[€£$]\s?\d|\d\s?(?:euros?|pounds|dollars)\b|\d\s?%|\bfree\b|\bno (?:extra )?(?:cost|charge|fee)s?\b|\bnothing extra\b/i],
  ["threshold", /\bfree\b|\bor more\b|\bover\b|\babove\b|\bminimum\b|\bthreshold\b/i],
  ["duration", /\b\d+(?:\s?(?:to|-|–)\s?\d+)?\s(?:working\s|calendar\s)?(?:days?|weeks?|hours?|minutes?|months?|years?)\b|\bnext working day\b|\bsame day\b|\bstraight away\b|\bimmediately\b|\bwithin\b/i],
  ["when", /\b\d{1,2}:\d{2}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\buntil\b|\bbefore\b|\bafter\b|\bwithin\b|\bas soon as\b|\bnext working day\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
  // A number, or how often: "every Thursday", "monthly".
  ["count", /\d|\bevery (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:weekly|monthly|daily|yearly)\b|\bonce a\b/i],
  ["where", /›|\b[\w.-]+\.(?:example|com|org|net)\b|@|\b\d{4} ?[A-Z]{2}\b|\bat (?:our|the|a|any)\b|\bin (?:your|our|the)\b/],
  ["yesno", /\b(?:can|cannot|can't|not|only|no longer|possible|allowed|yes|no|never|always|must)\b/i],
  ["howto", /^(?:open|click|go|enter|sign|choose|select|send|email|contact|call|print|fill|use|tick|log|ask|drop|bring|reply|measure|wash|pitch|check|wait|try|show|follow|type|find|place|add|create)\b|›|\bclick\b/i],
  ["why", /\bbecause\b|\breasons?\b|\bcaused?\b|\bmeans\b/i],
];

/** "Received at warehouse: your return…" — a few words, a colon, then what they mean (not a table row's "Size M; Chest: …"). */
const LABEL = /^([\p{L}\p{N}'’ -]{2,40}):\s+\S/u;

function labelOf(text: string): string | null {
  const label = LABEL.exec(text)?.[1]?.trim();
  const words = label ? wordsOf(label).map((w) => w.norm) : [];
  return words.length > 0 && words.length <= 5 ? words.join(" ") : null;
}

function placesOf(words: Word[]): Pick<SentenceFacts, "places" | "directions"> {
  const mentions = findPlaces(words);
  return { places: mentions.map((m) => m.place), directions: directionsOf(words, mentions) };
}

const PARSED = new Map<string, SentenceFacts[]>();
const PARSED_MAX = 5_000;

function factsOf(text: string): SentenceFacts[] {
  let parsed = PARSED.get(text);
  if (!parsed) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    parsed = splitSentences(text).map((s) => {
      const words = wordsOf(s.text);
      return {
        ...s,
        // "If you are not happy…" also says "unhappy": the phrases of extract/concepts.ts read both ways.
        stems: new Set([...stemSet(s.text), ...conceptStems(s.text)]),
        words,
        ...placesOf(words),
        quantities: /\d/.test(s.text) ? quantitiesOf(s.text) : [],
        periods: /\d/.test(s.text) ? periodsIn(s.text) : [],
        shapes: new Set(SHAPES.filter(([, re]) => re.test(s.text)).map(([form]) => form)),
        near: new Set<string>(),
        label: labelOf(s.text),
      };
    });
    parsed.forEach((s, i) => {
      for (const other of [parsed?.[i - 1], parsed?.[i + 1]]) for (const t of other?.stems ?? []) if (!s.stems.has(t)) s.near.add(t);
    });
    PARSED.set(text, parsed);
  }
  return parsed;
}

type HeadingFacts = Pick<Section, "heading" | "headingWords" | "headingTerms" | "headingPlaces" | "headingForms">;
const HEADINGS = new Map<string, HeadingFacts>();
const TITLES = new Map<string, Set<string>>();

function headingOf(heading: string): HeadingFacts {
  let facts = HEADINGS.get(heading);
  if (!facts) {
    if (HEADINGS.size >= PARSED_MAX) HEADINGS.clear();
    const words = wordsOf(heading);
    const places = findPlaces(words);
    const placeWords = new Set(places.flatMap((m) => words.slice(m.start, m.end).map((w) => w.norm)));
    facts = {
      heading: new Set([...stemSet(heading), ...conceptStems(heading)]),
      headingWords: wordingOf(heading),
      headingTerms: [...new Set(queryTerms(heading.replace(QUESTION_WORDS, " "), 100).filter((w) => !placeWords.has(w)).map(stem))],
      headingPlaces: places.map((m) => m.place),
      headingForms: heading.trim().endsWith("?") ? formsOf(heading) : new Set(),
    };
    HEADINGS.set(heading, facts);
  }
  return facts;
}

/** Stems of a title or of a list of tags, cached: the same articles come back turn after turn. */
function titleOf(title: string): Set<string> {
  let stems = TITLES.get(title);
  if (!stems) {
    if (TITLES.size >= PARSED_MAX) TITLES.clear();
    stems = stemSet(title);
    TITLES.set(title, stems);
  }
  return stems;
}

/**
 * Every retrieved passage as a section of sentences, in retrieval order; a
 * passage retrieved twice counts once, and the retrieved parts of one long
 * section (same article and heading, consecutive) are read as one.
 */
export function sectionsOf(hits: RetrievalHit[]): Section[] {
  const seen = new Set<number>();
  const unique = hits.filter((hit) => !seen.has(hit.passageId) && seen.add(hit.passageId));
  const sections: Section[] = [];
  const top = Math.max(0, ...unique.map((h) => h.score));
  unique.forEach((hit, rank) => {
    const heading = hit.heading ?? "";
    const part = (other: RetrievalHit) => other.articleId === hit.articleId && (other.heading ?? "") === heading;
    // The first of a run of consecutive parts stands for them all.
    if (unique.some((o) => part(o) && o.position === hit.position - 1)) return;
    const run = [hit];
    for (let next = unique.find((o) => part(o) && o.position === hit.position + 1); next; next = unique.find((o) => part(o) && o.position === (run.at(-1)?.position ?? 0) + 1)) run.push(next);
    const text = run.map((h) => h.text).join("\n\n");
    const sentences = factsOf(text);
    const all = new Set<string>();
    for (const s of sentences) for (const t of s.stems) all.add(t);
    sections.push({ hit, rank, title: titleOf(hit.title), tags: titleOf(hit.tags.join(" ; ")), ...headingOf(heading), relevance: top > 0 ? Math.max(0, hit.score) / top : 0, sentences, stems: all });
  });
  return sections;
}
