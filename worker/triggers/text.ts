/**
 * Word tokens for the trigger detectors: case- and accent-insensitive forms
 * that keep their place in the original text, so evidence can quote the
 * visitor's own words.
 */
export interface Token {
  /** Lower case, accents removed, apostrophes straight: what lexicons are written in. */
  norm: string;
  start: number;
  end: number;
}

// A word, with inner apostrophes ("don't", "quelqu'un") kept for now.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

// Romance elisions split off their own token ("n'ai" → "n", "ai"; "l'operatore" → "l", "operatore").
const ELISION = new Set(["n", "j", "d", "l", "m", "t", "s", "c", "qu", "un", "dell", "all", "nell", "sull", "dall", "quest"]);
// English contractions stay whole ("don't", "i'm"); "quelqu'un" is one word.
const CONTRACTION_TAIL = new Set(["t", "m", "re", "ve", "ll", "d", "s"]);

export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/’/g, "'")
    .replace(/ß/g, "ss")
    .replace(/(\p{L})\1{2,}/gu, "$1$1");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const norm = normalizeWord(match[0]);
    const apostrophe = norm.indexOf("'");
    const head = apostrophe > 0 ? norm.slice(0, apostrophe) : "";
    const tail = apostrophe > 0 ? norm.slice(apostrophe + 1) : "";
    if (head && ELISION.has(head) && !CONTRACTION_TAIL.has(tail) && norm !== "quelqu'un") {
      // Offsets from the original word: normalizing may change lengths ("ß").
      const at = match[0].search(/['’]/);
      tokens.push({ norm: head, start, end: start + at });
      tokens.push({ norm: tail, start: start + at + 1, end: start + match[0].length });
    } else {
      tokens.push({ norm, start, end: start + match[0].length });
    }
  }
  return tokens;
}

/**
 * Clauses: a request and its negation usually share one ("I don't need a
 * human, just tell me" is two). Split at sentence punctuation, commas and
 * "but"-like conjunctions in the supported languages.
 */
const CLAUSE_BREAK = /[.!?;:,()\n]+|\s(?:but|pero|mais|aber|mas|ma|maar|however|sin embargo)\s/giu;

export interface Clause {
  text: string;
  /** Offset of the clause in the whole message. */
  offset: number;
  tokens: Token[];
}

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let last = 0;
  const push = (end: number) => {
    const piece = text.slice(last, end);
    const tokens = tokenize(piece).map((t) => ({ ...t, start: t.start + last, end: t.end + last }));
    if (tokens.length > 0) out.push({ text: piece, offset: last, tokens });
  };
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    push(match.index);
    last = match.index + match[0].length;
  }
  push(text.length);
  return out;
}

/** The original words from token `from` to token `to` (inclusive). */
export function quote(text: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return "";
  return text.slice(first.start, last.end).replace(/\s+/g, " ").trim();
}
