/** The languages the widget speaks; a page asking for another gets English. */
export const LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The visitor's language: the first candidate the widget speaks, by its
 * primary subtag ("pt-BR" → pt, "de_CH" → de). Candidates in order:
 * `data-lang` (or `configure({lang})`), the page's `<html lang>`, then the
 * browser's languages; English when none fits.
 */
export function chooseLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((lang) => lang === primary);
    if (found) return found;
  }
  return "en";
}
