/**
 * Numbers with their units and labels, so a measurement in a question meets
 * the row of a size chart whose range holds it ("chest 106 cm" → "104 to 109
 * cm"), a size in one system meets its row ("UK 8" → "EU 42, UK 8, …"), and
 * an amount meets the threshold it passes ("80 euros" → "free on orders of
 * €75 or more").
 */
export type Unit = "length" | "mass" | "temperature" | "volume" | "time" | "money" | "percent";

export interface Quantity {
  /** A single number has low === high. */
  low: number;
  high: number;
  unit: Unit | null;
  /** "€", "£" or "$" for money. */
  currency: string | null;
  /** The words right before the number, nearest first ("US men 10" → ["men", "us"]). */
  label: string[];
  /** "€75 or more", "over 50 cm": a threshold rather than a value. */
  atLeast: boolean;
}

const UNITS: [RegExp, Unit][] = [
  [/^(?:cm|mm|km|m|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|inch(?:es)?)$/, "length"],
  [/^(?:kg|g|grams?|kilos?|kilograms?)$/, "mass"],
  [/^(?:°c|°|degrees?|c)$/, "temperature"],
  [/^(?:l|ml|lit(?:re|er)s?)$/, "volume"],
  [/^(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|working)$/, "time"],
  [/^(?:euros?|eur|pounds?|gbp|quid|dollars?|usd|bucks)$/, "money"],
  [/^%$/, "percent"],
];
const CURRENCY_WORD: Record<string, string> = { euro: "€", eur: "€", pound: "£", gbp: "£", quid: "£", dollar: "$", usd: "$", buck: "$" };
/** Labels that name a size system or fit: a different one right before the same number is another row. */
const SIZE_SYSTEMS = new Set(["eu", "uk", "us", "men", "women", "kids", "size", "fr", "it", "jp"]);

const UNIT_WORD = "°\\s?c\\b|°|%|(?:cm|mm|km|m|kg|g|l|ml|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|working|degrees?|c|euros?|eur|pounds?|gbp|quid|dollars?|usd|bucks|lit(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|inch(?:es)?|grams?|kilos?|kilograms?)\\b";
// A number (1,500 / 24.7 / -8), optionally a range to a second one, then a unit.
const NUMBER = new RegExp(
  `(^|[\\s(:,;/])([€£$])?\\s?(-?\\d+(?:[.,]\\d+)*)(?:\\s?(?:to|-|–|and)\\s?([€£$])?(-?\\d+(?:[.,]\\d+)*))?(?:\\s?(${UNIT_WORD}))?`,
  "gi",
);
/** Phone numbers and clock times are not quantities. */
const NOT_QUANTITIES = /\+\d[\d\s]{6,}\d|\b\d{1,2}:\d{2}\b|\b[A-Z]{2}-\d+\b/g;

export function quantitiesOf(input: string): Quantity[] {
  const text = input.replace(NOT_QUANTITIES, (m) => " ".repeat(m.length));
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [, lead = "", sign, first = "", sign2, second, unitWord] = m;
    const start = (m.index ?? 0) + lead.length;
    const end = (m.index ?? 0) + m[0].length;
    // Order numbers and references are not quantities.
    if (/\d{5,}/.test(first.replace(/[.,]/g, "")) || /^[\p{L}\d]/u.test(text.slice(end, end + 1))) continue;
    const low = parse(first);
    const high = second !== undefined ? parse(second) : low;
    if (Number.isNaN(low) || Number.isNaN(high)) continue;
    const word = (unitWord ?? "").toLowerCase().replace(/\s/g, "");
    const unit = sign || sign2 ? "money" : (UNITS.find(([re]) => re.test(word))?.[1] ?? null);
    const currency = sign ?? sign2 ?? CURRENCY_WORD[word.replace(/s$/, "")] ?? null;
    const before = text.slice(0, start).toLowerCase().replace(/'s\b/g, "").split(/[^a-z]+/).filter(Boolean);
    const label = before.slice(-2).reverse();
    const atLeast = /^\s*(?:or more|or over|and (?:up|over|above)|\+)/.test(text.slice(end)) || /\b(?:over|above|from|at least|minimum|more than)\s*$/.test(text.slice(0, start).toLowerCase());
    out.push({ low: Math.min(low, high), high: Math.max(low, high), unit, currency, label, atLeast });
  }
  return out;
}

function parse(n: string): number {
  // "1,500" and "1.500" are thousands; "24.7" and "24,7" decimals.
  const thousands = /^-?\d{1,3}(?:[.,]\d{3})+$/.test(n);
  return Number(thousands ? n.replace(/[.,]/g, "") : n.replace(",", "."));
}

/** How well a sentence's numbers answer one of the question's: 1 its range holds it or it is the same labelled value. */
export function quantityFit(asked: Quantity, named: Quantity[]): number {
  let best = 0;
  for (const q of named) {
    if (asked.currency && q.currency && asked.currency !== q.currency) continue;
    const sameUnit = asked.unit === q.unit;
    if (!sameUnit && asked.unit && q.unit) continue;
    const value = asked.low;
    if (q.atLeast && asked.unit === "money" && sameUnit) best = Math.max(best, 0.7);
    else if (q.low !== q.high && sameUnit && asked.low === asked.high && value >= q.low && value <= q.high) best = Math.max(best, 1);
    else if (q.low === asked.low && q.high === asked.high) best = Math.max(best, labelFit(asked.label, q.label) * (sameUnit ? 1 : 0.6));
  }
  return best;
}

function labelFit(asked: string[], named: string[]): number {
  const [a1, a2] = asked;
  const [n1, n2] = named;
  if (a1 && a1 === n1) return a2 && n2 && a2 !== n2 && SIZE_SYSTEMS.has(a2) && SIZE_SYSTEMS.has(n2) ? 0.5 : 1;
  if (a1 && SIZE_SYSTEMS.has(a1) && a1 !== "size" && n1 && SIZE_SYSTEMS.has(n1)) return a2 === n1 ? 0.8 : 0.3;
  return 0.7;
}

/** The question's own numbers, less those that only say which order or how many items. */
export function askedQuantities(question: string): Quantity[] {
  return quantitiesOf(question).filter((q) => !(q.unit === null && q.low === q.high && Number.isInteger(q.low) && q.low > 2000 && q.low < 2100));
}
