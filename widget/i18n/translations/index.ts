import type { Translation } from "../texts.ts";
import type { Language } from "../language.ts";
import { DE } from "./de.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { IT } from "./it.ts";
import { NL } from "./nl.ts";
import { PT } from "./pt.ts";

/**
 * Every translation, for the build (one widget-i18n-<lang>.js each) and the
 * tests. The app never imports this: it loads one file at run time.
 */
export const TRANSLATIONS: Record<Exclude<Language, "en">, Translation> = { es: ES, fr: FR, de: DE, pt: PT, it: IT, nl: NL };
