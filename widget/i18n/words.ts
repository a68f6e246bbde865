import type { NoticeRef } from "../../worker/protocol/index.ts";
import { I18N_GLOBAL, type LoadGlobal } from "../shared/contract.ts";
import { say } from "./format.ts";
import type { Language } from "./language.ts";
import type { UiText, Words } from "./texts.ts";

/**
 * The words the app speaks: its own English until a translation has loaded.
 * A page has one widget, so the choice is this module's, read wherever text
 * is drawn.
 */
export let words: Words = {};
/** The language of `words` (English while a translation loads, and for good if it cannot). */
export let lang: Language = "en";
/** A system notice in the visitor's language; null: show the server's English text. */
export let sayNotice: (notice: NoticeRef) => string | null = () => null;

/** A text of the app in the visitor's language, `{0}`… filled with `values`. */
export const t = (text: UiText, ...values: (string | number)[]): string => say(words, text, values);

/** Loads the words of `next` (widget-i18n-<lang>.js beside the app); English stays when that fails. */
export async function useLanguage(next: Language, appSrc: string, load: LoadGlobal): Promise<void> {
  if (next === "en") return;
  try {
    const pack = await load(new URL(`widget-i18n-${next}.js`, appSrc).href, I18N_GLOBAL);
    words = pack.words;
    sayNotice = pack.notice;
    lang = next;
  } catch (error) {
    console.error(error);
  }
}
