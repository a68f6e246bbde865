/**
 * The embedded provider answers from the knowledge base's own sentences and
 * cannot translate. To a visitor writing in another language it says so, in
 * their language and in English, and asks whether they would like a person
 * (the widget's “Talk to a person” button, or a plain "yes", hands over).
 */
import { deu, eng, fra, ita, nld, por, spa } from "stopword";
import { detectAll } from "tinyld/light";
import type { TermWeights } from "../kb/term-weights.ts";
import { queryTerms } from "../kb/query-terms.ts";
import { stem } from "./extract/words.ts";

export type VisitorLanguage = "es" | "fr" | "de" | "pt" | "it" | "nl";
const LANGUAGES: VisitorLanguage[] = ["es", "fr", "de", "pt", "it", "nl"];

const LOCAL: Record<VisitorLanguage, string> = {
  es: "Solo puedo responder en inglés, el idioma de nuestros artículos de ayuda, y no sé traducir. ¿Quiere hablar con una persona? Pulse «Talk to a person».",
  fr: "Je ne peux répondre qu'en anglais, la langue de nos articles d'aide, et je ne sais pas traduire. Voulez-vous parler à une personne ? Appuyez sur « Talk to a person ».",
  de: "Ich kann nur auf Englisch antworten, der Sprache unserer Hilfeartikel, und nicht übersetzen. Möchten Sie mit einer Person sprechen? Tippen Sie auf „Talk to a person“.",
  pt: "Só consigo responder em inglês, a língua dos nossos artigos de ajuda, e não sei traduzir. Quer falar com uma pessoa? Toque em «Talk to a person».",
  it: "Posso rispondere solo in inglese, la lingua dei nostri articoli di aiuto, e non so tradurre. Vuole parlare con una persona? Tocchi «Talk to a person».",
  nl: "Ik kan alleen in het Engels antwoorden, de taal van onze helpartikelen, en ik kan niet vertalen. Wilt u met een persoon praten? Tik op „Talk to a person”.",
};

const ENGLISH = "I can only answer in English, the language of our help articles, and I can't translate.";
const OFFER = "Would you like to talk to a person? Press “Talk to a person”, or just say yes.";

/** The notice, with what the English articles say when something matched well enough to show. */
export function languageNotice(language: VisitorLanguage, extract: string | null): string {
  const found = extract ? ` Here is what they say: ${extract}` : "";
  return `${LOCAL[language]}\n\n${ENGLISH}${found} ${OFFER}`;
}

/** Share of a question's words the knowledge base never uses, above which it may be in another language. */
const UNKNOWN_SHARE = 0.5;
/** Without other evidence, this share of unknown words over at least three words. */
const UNKNOWN_SHARE_ALONE = 0.75;
const NON_ENGLISH_LETTERS = /[¿¡ñçßãõàèìòùáéíóúâêîôûäëïöüœ]/i;

/**
 * The visitor's language when it is one of ours other than English: the
 * detector says so, most of the question's words are foreign to the
 * (English) knowledge base, and something besides the detector agrees — one
 * of that language's function words that English lacks, its letters, or
 * almost no word the knowledge base knows. Short English questions the
 * detector mistakes ("do trail points expire?", "tell me a joke") stay English.
 */
export function foreignLanguage(question: string, weights: TermWeights): VisitorLanguage | null {
  const words = queryTerms(question, 100).filter((w) => !/\d/.test(w));
  if (words.length === 0) return null;
  const unknown = words.filter((w) => weights.documents(stem(w)) === 0).length / words.length;
  if (unknown < UNKNOWN_SHARE) return null;
  const [top] = detectAll(question, { only: ["en", ...LANGUAGES] });
  const language = LANGUAGES.find((l) => l === top?.lang);
  if (!language) return null;
  const own = question.toLowerCase().split(/[^\p{L}']+/u).filter((w) => FUNCTION_WORDS[language].has(w) && !eng.includes(w));
  const agrees = own.length > 0 || NON_ENGLISH_LETTERS.test(question) || (words.length >= 3 && unknown >= UNKNOWN_SHARE_ALONE);
  return agrees ? language : null;
}

const FUNCTION_WORDS: Record<VisitorLanguage, Set<string>> = {
  es: new Set(spa),
  fr: new Set(fra),
  de: new Set(deu),
  pt: new Set(por),
  it: new Set(ita),
  nl: new Set(nld),
};
