import { stemmer } from "stemmer";

/** A word of a text: lower case without accents, with its original spelling (capitals matter for names). */
export interface Word {
  norm: string;
  raw: string;
}

// Words, numbers with decimals ("24.7", "1,500"), and inner apostrophes or hyphens ("men's", "3-D").
const WORD = /[\p{L}\p{N}]+(?:[.,](?=\p{N})\p{N}+)*(?:['’-][\p{L}\p{N}]+)*/gu;

export function fold(text: string): string {
  // Most words are plain ASCII: lower case is all they need.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/’/g, "'");
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ raw: m[0], norm: fold(m[0]) }));
}

/** Past forms Porter cannot bring back to their verb ("sent" → "send"). */
const IRREGULAR: Record<string, string> = {
  sent: "send", paid: "pay", bought: "buy", got: "get", gotten: "get", made: "make", sold: "sell", brought: "bring",
  took: "take", taken: "take", gave: "give", given: "give", left: "leave", lost: "lose", broke: "break", broken: "break",
  chose: "choose", chosen: "choose", wrote: "write", written: "write", told: "tell", came: "come", went: "go", gone: "go",
  wore: "wear", worn: "wear", tore: "tear", torn: "tear", found: "find", forgot: "forget", forgotten: "forget",
  kept: "keep", thought: "think", caught: "catch", spent: "spend", built: "build", held: "hold", stole: "steal",
  stolen: "steal", froze: "freeze", frozen: "freeze", shipped: "ship", ran: "run", saw: "see", seen: "see",
  // Porter leaves these apart from their verb ("deliveri" vs "deliv").
  delivery: "deliver", deliveries: "deliver",
  // Comparatives and superlatives: "the cheapest" asks about what is cheap.
  cheaper: "cheap", cheapest: "cheap", faster: "fast", fastest: "fast", quicker: "quick", quickest: "quick",
  longest: "long", lower: "low", lowest: "low", higher: "high", highest: "high", bigger: "big", biggest: "big",
  larger: "large", largest: "large", smaller: "small", smallest: "small", later: "late", latest: "late",
  earlier: "early", earliest: "early", busier: "busy", busiest: "busy", warmer: "warm", warmest: "warm",
  colder: "cold", coldest: "cold", lighter: "light", lightest: "light", heavier: "heavy", heaviest: "heavy",
  easier: "easy", easiest: "easy", closer: "close", closest: "close", nearer: "near", nearest: "near",
};

/** Words Porter would merge with others: "use" and "using" would meet "US" (the country) and the pronoun "us", "UPS" the word "up". */
const KEPT: Record<string, string> = { use: "use", used: "use", uses: "use", using: "use", ups: "ups" };

const STEMS = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

/**
 * Porter stem, as FTS5's tokenizer does, so "refunds", "refunded" and
 * "refund" meet; possessives count as their word ("men's" → "men").
 * Memoized: the same words recur in every turn.
 */
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= STEM_CACHE_MAX) STEMS.clear();
    const base = word.replace(/'s$/, "");
    s = KEPT[base] ?? stemmer(IRREGULAR[base] ?? base);
    STEMS.set(word, s);
  }
  return s;
}

/**
 * The stem SQLite's FTS5 porter tokenizer gives (no irregular forms): what
 * the knowledge base's vocabulary table is keyed by.
 */
export function indexStem(word: string): string {
  return stemmer(word.replace(/'s$/, ""));
}

/** Currency signs read as their word, so "per euro" meets "for every €1". */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/€/, "euro"],
  [/£/, "pound"],
  [/\$/, "dollar"],
];

/** The stems of every word of a text (function words included: callers look up only what they ask for). */
export function stemSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const [sign, word] of CURRENCY_WORDS) if (sign.test(text)) out.add(stem(word));
  for (const w of wordsOf(text)) {
    out.add(stem(w.norm));
    // "3-D", "e-mail", "Click-and-Collect": also their parts.
    if (w.norm.includes("-")) for (const part of w.norm.split("-")) if (part) out.add(stem(part));
  }
  return out;
}

/** Words that differ between two wordings of the same question without changing it. */
const INCIDENTAL_WORDS = new Set("a an the my your our his her their its this that these those".split(" "));

/** The stems of a text's words but articles and possessives, for comparing wordings. */
export function wordingOf(text: string): Set<string> {
  return new Set(wordsOf(text).filter((w) => !INCIDENTAL_WORDS.has(w.norm)).map((w) => stem(w.norm)));
}

/** Damerau–Levenshtein distance of at most `max` (a typo: one letter wrong, missing, extra or swapped). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]?.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row.push(d);
    }
    if (Math.min(...(rows[i] as number[])) > max) return false;
  }
  return ((rows[a.length] as number[])[b.length] ?? Infinity) <= max;
}
