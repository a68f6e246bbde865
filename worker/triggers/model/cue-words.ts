import {
  CALL_ME, DESIRES, MEDIUM_TARGETS, STRONG_TARGETS, TALK_VERBS, TRANSFER_VERBS, WEAK_TARGETS,
} from "../explicit-lexicon.ts";
import { PROFANITY } from "../frustration-cues.ts";
import { isNegator } from "../negation.ts";

/**
 * Cross-lingual cues for the classifier: a word of the rules' lexicons in any
 * of the seven languages becomes one shared feature ("a person word", "a
 * negation"), so what the model learns about "human" in English also holds for
 * "Mensch" and "humain". Exact lookups only; the n-grams cover typos.
 */
export type Cue = "PERSON" | "TEAM" | "SOMEONE" | "TALK" | "HANDOVER" | "WANT" | "CALLBACK" | "NOT" | "SWEAR" | "BOT";

/** Words that name the machine the visitor is talking to. */
const BOT_WORDS = new Set([
  "bot", "bots", "chatbot", "robot", "robo", "roboter", "machine", "maquina", "maschine", "macchina", "automated",
  "automatic", "automatico", "automatique", "automatisch", "ai", "ia", "ki", "script", "computer", "ordinateur",
]);

const BY_CUE: Array<[Cue, ReadonlySet<string>]> = [
  ["PERSON", STRONG_TARGETS.words()],
  ["TEAM", MEDIUM_TARGETS.words()],
  ["SOMEONE", WEAK_TARGETS.words()],
  ["TALK", TALK_VERBS.words()],
  ["HANDOVER", TRANSFER_VERBS.words()],
  ["WANT", DESIRES.words()],
  ["CALLBACK", CALL_ME.words()],
  ["SWEAR", PROFANITY.words()],
  ["BOT", BOT_WORDS],
];

/** The cues one normalized word carries (usually none). */
export function cuesOf(word: string): Cue[] {
  const cues: Cue[] = [];
  for (const [cue, words] of BY_CUE) if (words.has(word)) cues.push(cue);
  if (isNegator(word)) cues.push("NOT");
  return cues;
}
