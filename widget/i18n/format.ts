import type { NoticeRef, WaitEstimate } from "../../worker/protocol/index.ts";
import type { Language } from "./language.ts";
import type { Text, Translation, HandoffText, Words } from "./texts.ts";

/** `text` in the visitor's language (its translation, or itself in English), with its values filled in. */
export function say(words: Words, text: Text, values: readonly (string | number)[] = []): string {
  return fill(words[text] ?? text, values);
}

/** `{0}` / `{name}` in a template, from an array or an object of values; a missing value leaves nothing. */
export function fill(template: string, values: Record<string, string | number> | readonly (string | number)[]): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String((values as Record<string, string | number>)[key] ?? ""));
}

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th… 21st, 22nd: English only; the translations say "position 3". */
export function englishOrdinal(n: number): string {
  const suffixes = ["th", "st", "nd", "rd"];
  const last2 = n % 100;
  return n + (suffixes[(last2 - 20) % 10] ?? suffixes[last2] ?? "th");
}

/**
 * "You're 3rd in line — about 4–6 minutes"; just the place without an
 * estimate. The same three forms as the server's describeEstimate
 * (worker/routing/estimate.ts): under a minute, "up to", a range.
 */
export function waitLine(words: Words, lang: Language, position: number, estimate: WaitEstimate | null): string {
  const place = say(words, "You're {0} in line", [lang === "en" ? englishOrdinal(position) : position]);
  if (!estimate) return place;
  const { lowMinutes: low, highMinutes: high } = estimate;
  const wait: [HandoffText, number[]] = high <= 1 ? ["less than a minute", []] : low ? ["about {0}–{1} minutes", [low, high]] : ["up to {0} minutes", [high]];
  return `${place} — ${say(words, ...wait)}`;
}

/**
 * A system notice in the visitor's language, or null to show the server's
 * English text (English, an unknown key, or no translation loaded). A
 * parameter named `at` is a moment, written in the language and, when
 * given, the site's time zone, as the English text is.
 */
export function noticeText(notices: Translation["notices"], lang: Language, notice: NoticeRef): string | null {
  const template = notices[notice.key as keyof Translation["notices"]];
  if (!template) return null;
  const { at, timeZone } = notice.params;
  return fill(template, at ? { ...notice.params, at: moment(Number(at), lang, timeZone) } : notice.params);
}

function moment(at: number, lang: Language, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "long", hour: "2-digit", minute: "2-digit", timeZone };
  try {
    return new Intl.DateTimeFormat(lang, options).format(at);
  } catch {
    // An unknown time zone: the visitor's own clock rather than nothing.
    return new Intl.DateTimeFormat(lang, { ...options, timeZone: undefined }).format(at);
  }
}
