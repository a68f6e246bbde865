/**
 * The concrete things a visitor mentioned that an agent will need: order and
 * reference numbers, email addresses, amounts of money.
 */
const PATTERNS: RegExp[] = [
  /\b[A-Z]{2,4}-\d{4,}\b/g,
  /#\s?\d{4,}\b/g,
  /\b(?:order|invoice|case|ticket|reference|ref)\s*(?:number|no\.?|nr\.?|#)?\s*:?\s*(\d{5,}|[A-Z0-9]{2,}-?\d{4,})\b/gi,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  /[€$£]\s?\d+(?:[.,]\d{1,2})?|\b\d+(?:[.,]\d{1,2})?\s?(?:EUR|USD|GBP|euros?|dollars?|pounds?)\b/gi,
];

export function extractFacts(texts: string[], max = 8): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const pattern of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const fact = (match[0] ?? "").replace(/\s+/g, " ").trim();
        if (fact && ![...found].some((f) => f.includes(fact) || fact.includes(f))) found.add(fact);
        if (found.size >= max) return [...found];
      }
    }
  }
  return [...found];
}
