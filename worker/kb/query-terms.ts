/**
 * Question words (where, when, how, why) are kept: "where is my order" is about tracking.
 *
 * Turns free text into an FTS5 query: significant words, each quoted (so
 * visitor text can never inject FTS syntax), OR-ed so BM25 ranks by overlap.
 */
const STOPWORDS = new Set(
  (
    "a an and are as at be but by can could do does did for from had has have hello hi i i'm im if in into is it its " +
    "me my of on or our please so than that the their them then there these they this to us was we were what which " +
    "will with would you your yours ok okay thanks thank hey just about get got want need like know tell help"
  ).split(" "),
);

export function queryTerms(text: string, max = 24): string[] {
  const seen = new Set<string>();
  for (const raw of text.toLowerCase().normalize("NFKC").split(/[^\p{L}\p{N}']+/u)) {
    const word = raw.replace(/^'+|'+$/g, "");
    if (word.length < 2 || STOPWORDS.has(word) || seen.has(word)) continue;
    seen.add(word);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** An FTS5 MATCH expression, or null when the text has no significant words. */
export function ftsQuery(text: string): string | null {
  const terms = queryTerms(text);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replace(/"/g, "")}"`).join(" OR ");
}
