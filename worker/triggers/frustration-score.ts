import Sentiment from "sentiment";
import { ACKNOWLEDGEMENTS, GLUED_PROFANITY, MILD_PHRASES, NEUTRAL_IN_SUPPORT, PROFANITY, STRONG_PHRASES } from "./frustration-cues.ts";
import type { Language } from "./language.ts";
import { Memo } from "./memo.ts";
import { preparedText, prepareText } from "./phrase-pattern.ts";
import { quoted } from "./signal.ts";

/**
 * How frustrated one visitor message reads, in [0, 1], with the cues that
 * made it so. Cues add up in points; POINTS_FOR_FULL points is a score of 1.
 * A strong phrase ("waste of time") is 2 points (0.5, the default offer);
 * swearing, shouting or "!!!" alone stay below it.
 */
export interface FrustrationReading {
  score: number;
  evidence: string[];
}

export interface ReadingContext {
  /** Word counts of the visitor's earlier messages, oldest first. */
  earlierLengths: number[];
  /** Workers AI sentiment: probability the message is negative. Its model reads English only. */
  modelNegative?: number | null;
  /**
   * The message's language: the AFINN lexicon and the sentiment model are English, and judge nothing else. A
   * function is asked only when it matters (the lexicon found a negative word, or the model was consulted).
   */
  language?: Language | null | (() => Language | null);
}

const POINTS_FOR_FULL = 4;
const STRONG_PHRASE = 2;
const MILD_PHRASE = 1;
const PHRASES_MAX = 3;
const PROFANITY_FIRST = 1.2;
const PROFANITY_MORE = 0.4;
const PROFANITY_MAX = 2;
const LEXICON_DIVISOR = 4;
const LEXICON_MAX = 1.5;
const SHOUTING = 1.2;
const PUNCTUATION = 0.8;
const PUNCTUATION_LONG = 1;
const CLIPPED = 0.5;
// distilbert (SST-2) calls most support questions negative; only near-certain readings count, and never alone.
const MODEL_FROM = 0.75;
const MODEL_WEIGHT = 4;

const analyzer = new Sentiment();

export function readFrustration(text: string, context: ReadingContext): FrustrationReading {
  const fromText = textCues.get(text, () => readText(text));
  const evidence = [...fromText.evidence];
  let points = fromText.points;
  // Unknown language (a word or two) is read as English: most such messages are "ok", "thanks", "help".
  const language = context.language;
  const english = () => ((typeof language === "function" ? language() : language) ?? "en") === "en";
  if (fromText.lexicon.points > 0 && english()) {
    points += fromText.lexicon.points;
    evidence.splice(fromText.lexiconAt, 0, fromText.lexicon.evidence);
  }

  if (isClipped(fromText.words, context.earlierLengths)) {
    points += CLIPPED;
    evidence.push(`short reply (${fromText.words.length} words) after long ones`);
  }

  const model = context.modelNegative;
  if (typeof model === "number" && model > MODEL_FROM && english()) {
    points += (model - MODEL_FROM) * MODEL_WEIGHT;
    evidence.push(`model: ${model.toFixed(2)} negative`);
  }

  const score = Math.round(Math.min(1, points / POINTS_FOR_FULL) * 100) / 100;
  return { score, evidence };
}

interface TextCues {
  points: number;
  evidence: string[];
  words: string[];
  /** The English lexicon's share, counted only for English text, and where its evidence goes. */
  lexicon: { points: number; evidence: string };
  lexiconAt: number;
}

// What the text alone says is read once per text: earlier messages are read again on every turn (the trend).
const textCues = new Memo<TextCues>();

function readText(text: string): TextCues {
  const evidence: string[] = [];
  let points = 0;
  const prepared = preparedText(text);
  const words = prepared.tokens.map((t) => t.norm);

  const strong = STRONG_PHRASES.matches(prepared);
  const mild = MILD_PHRASES.matches(prepared);
  const phrasePoints = Math.min(PHRASES_MAX, strong.length * STRONG_PHRASE + mild.length * MILD_PHRASE);
  if (phrasePoints > 0) evidence.push(`phrases: ${[...strong, ...mild].map((p) => quoted(p)).join(", ")}`);
  points += phrasePoints;

  const swears = words.filter((w) => PROFANITY.has(w) || GLUED_PROFANITY.test(w));
  if (swears.length > 0) {
    points += Math.min(PROFANITY_MAX, PROFANITY_FIRST + PROFANITY_MORE * (swears.length - 1));
    evidence.push(`profanity: ${unique(swears).join(", ")}`);
  }

  const phraseWords = new Set([...strong, ...mild].flatMap((p) => prepareText(p).tokens.map((t) => t.norm)));
  const negative = analyzer
    .analyze(text)
    .calculation.flatMap((entry) => Object.entries(entry))
    .filter(([word, score]) => score < 0 && !NEUTRAL_IN_SUPPORT.has(word) && !phraseWords.has(word) && !PROFANITY.has(word));
  const lexicon = {
    points: Math.min(LEXICON_MAX, negative.reduce((sum, [, score]) => sum - score, 0) / LEXICON_DIVISOR),
    evidence: `negative words: ${unique(negative.map(([word]) => negatedLabel(word))).join(", ")}`,
  };
  const lexiconAt = evidence.length;

  if (isShouting(text)) {
    points += SHOUTING;
    evidence.push("SHOUTING (mostly capitals)");
  }

  const runs = text.match(/[!?]{2,}/g) ?? [];
  if (runs.length > 0) {
    const long = runs.some((r) => r.length >= 3) || runs.length > 1;
    points += long ? PUNCTUATION_LONG : PUNCTUATION;
    evidence.push(`punctuation: ${unique(runs).join(" ")}`);
  }
  return { points, evidence, words, lexicon, lexiconAt };
}

/** Mostly capitals over several words: "WHERE IS MY ORDER", not "GDPR" or an order code. */
export function isShouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  const loudWords = text.split(/\s+/).filter((w) => /^\P{Ll}*\p{Lu}\P{Ll}*\p{Lu}\P{Ll}*$/u.test(w));
  return letters.length >= 10 && upper.length / letters.length >= 0.7 && loudWords.length >= 3;
}

/** A curt reply ("wrong.", "still no") after the visitor wrote at length before. */
function isClipped(words: string[], earlier: number[]): boolean {
  const recent = earlier.slice(-2);
  if (recent.length === 0 || words.length === 0 || words.length > 3) return false;
  const average = recent.reduce((a, b) => a + b, 0) / recent.length;
  return average >= 10 && !words.every((w) => ACKNOWLEDGEMENTS.has(w) || /^\d+$/.test(w));
}

/** AFINN flips a positive word after "not": show it as the visitor meant it ("not happy"). */
function negatedLabel(word: string): string {
  return analyzer.analyze(word).score > 0 ? `not ${word}` : word;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
