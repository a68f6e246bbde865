import { eng } from "stopword";

/**
 * English function words (the `stopword` package's list) plus chat filler,
 * minus the question words: "where is my order" is about tracking, "when"
 * about timing, "how" about a procedure.
 */
const KEEP = new Set(["where", "when", "how", "why"]);
const FILLER = (
  "hello hi hey ok okay thanks thank please pls just also until ever rather really maybe actually " +
  "get gets getting got want wants wanted need needs needed like likes know knows tell tells help im i'm i'd i'll i've can't cant don't dont doesn't " +
  // Contractions typed without the apostrophe, and auxiliaries the list lacks.
  "does did doing ago whats isnt hasnt havent didnt doesnt wont wasnt arent couldnt shouldnt wouldnt ive youre thats theres " +
  // Words that say when or who but not what about.
  "yet still already anyone anybody someone somebody anything something yesterday today now ever lot lots bit thing things stuff " +
  "anymore possible its will shall one so"
).split(" ");
const STOPWORDS = new Set([...eng, ...FILLER].filter((w) => !KEEP.has(w)));

/**
 * Turns free text into an FTS5 query: significant words, each quoted (so
 * visitor text can never inject FTS syntax), OR-ed so BM25 ranks by overlap.
 */
export function queryTerms(text: string, max = 24): string[] {
  const seen = new Set<string>();
  for (const raw of text.toLowerCase().normalize("NFKC").split(/[^\p{L}\p{N}']+/u)) {
    // Possessives count as their word; contractions ("what's", "isn't", "we'll") are function words.
    const word = raw.replace(/^'+|'+$/g, "").replace(/'s$/, "");
    if (word.length < 2 || STOPWORDS.has(word) || /n't$|'(?:re|ve|ll|d|m)$/.test(word) || seen.has(word)) continue;
    seen.add(word);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** "What does Out for delivery mean?", "the “Received at warehouse” status": a name made of several (often common) words. */
const DEFINED = /\bwhat (?:does|do|is|'s|are) (?:the |a |an )?(?:status |term |word |message )?([\p{L}\p{N}' -]{3,50}?) mean\b|["“]([^"”]{3,50})["”]/giu;

/** The name a question asks the meaning of ("what does Refunded mean?" → "refunded"), in lower case, or null. */
export function definedName(text: string): string | null {
  // "the Refunded status", "the Click & Collect option": the name without what kind of name it is.
  for (const m of text.toLowerCase().matchAll(DEFINED)) if (m[1]) return m[1].trim().replace(/\s+(?:status|term|word|message|label|option|button)$/, "");
  return null;
}

/** Names of several words the text asks about, each as its words, to be searched as a phrase. */
export function askedPhrases(text: string): string[][] {
  const phrases: string[][] = [];
  for (const m of text.toLowerCase().matchAll(DEFINED)) {
    const words = (m[1] ?? m[2] ?? "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length >= 2 && words.length <= 6) phrases.push(words);
  }
  return phrases;
}

/**
 * An FTS5 MATCH expression, or null when the text has no significant words:
 * its significant words, and the names of several words it asks about as
 * phrases (their words may all be common: "out for delivery").
 */
export function ftsQuery(text: string): string | null {
  const terms = queryTerms(text).map((t) => `"${t.replace(/"/g, "")}"`);
  const phrases = askedPhrases(text).map((words) => `"${words.join(" ")}"`);
  if (terms.length + phrases.length === 0) return null;
  return [...phrases, ...terms].join(" OR ");
}
