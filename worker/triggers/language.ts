import { detectAll } from "tinyld";
import type { ChatMessage } from "../protocol/index.ts";
import { Memo } from "./memo.ts";

/** The languages the triggers have lexicons and training data for. */
export const LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Below this many letters tinyld guesses ("ok", "hola", "human"); the conversation's language is used instead. */
const MIN_LETTERS = 6;
/** The best language must beat the runner-up by this factor to count. */
const MARGIN = 1.5;
/** How many earlier visitor messages to look back through for a language. */
const LOOK_BACK = 4;
const SAMPLE = 160;

const memo = new Memo<Language | null>();

/**
 * The language one message is written in (tinyld, restricted to the seven
 * supported languages), or null when it is too short or too close to call.
 * Memoized: the trend and the briefing read the same messages again.
 */
export function messageLanguage(text: string): Language | null {
  return memo.get(text, () => {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS) return null;
    // A sample tells the language as well as the whole, and keeps long messages cheap.
    const [best, second] = detectAll(text.slice(0, SAMPLE), { only: [...LANGUAGES] });
    return best && isLanguage(best.lang) && (!second || best.accuracy >= second.accuracy * MARGIN) ? best.lang : null;
  });
}

/**
 * The visitor's language at the newest message: that message's own when it
 * can be told, else the most recent earlier visitor message's ("sí, por
 * favor" after two Spanish questions is Spanish). Null when nothing tells.
 */
export function visitorLanguage(history: readonly ChatMessage[]): Language | null {
  let looked = 0;
  for (let i = history.length - 1; i >= 0 && looked <= LOOK_BACK; i--) {
    const message = history[i];
    if (!message || message.role !== "visitor") continue;
    looked++;
    const lang = messageLanguage(message.text);
    if (lang) return lang;
  }
  return null;
}

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}
