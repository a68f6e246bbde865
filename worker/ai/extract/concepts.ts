/**
 * Support concepts shoppers word in many ways: phrases rewritten to the word
 * a shop's help centre uses for them ("sold out" → "out of stock", "send it
 * back" → "return"), and groups of stems that say the same thing ("postage"
 * / "shipping" / "delivery"). About the domain — online shops and their
 * policies, outdoor gear — not about any particular question.
 */
import { stem } from "./words.ts";

/** Phrases and the words help centres write for them; applied to the question before search. */
const PHRASES: [RegExp, string][] = [
  // Sending something back is returning it.
  [/\b(?:send|sent|sending|take|took|bring|brought|ship|post|mail)\s+(?:it|them|this|that|these|those|\w+)?\s*back\b/gi, "return"],
  [/\bmoney back\b|\breimburse(?:d|ment)?\b|\brepa(?:y|id)\b/gi, "refund"],
  [/\bsold out\b|\bnot in stock\b|\bno longer (?:available|in stock)\b|\bunavailable\b/gi, "out of stock"],
  [/\b(?:do|does|will|would) you (?:guys )?take\b/gi, "do you accept"],
  [/\bget in touch\b|\bspeak (?:to|with)\b|\btalk (?:to|with)\b/gi, "contact"],
  [/\bopt(?:ed)? out\b|\bstop (?:getting|receiving)\b/gi, "unsubscribe"],
  [/\b(?:get|collect|gain|receive|earn)\s+(?:\w+\s+)?points?\b/gi, "earn points"],
  [/\b(?:leave|put|park)\s+(?:my|the|our)\s+(?:car|bike|bicycle)\b/gi, "parking"],
  [/\b(?:too (?:big|small|large|tight|loose|short|long))\b|\b(?:does ?n[o']?t|do ?n[o']?t|did ?n[o']?t) fit\b/gi, "wrong size"],
];

/** The question in the help centre's words (the rest of it, capitals included, as written). */
export function rephrase(question: string): string {
  let text = question.replace(/[’‘]/g, "'");
  for (const [phrase, words] of PHRASES) text = text.replace(phrase, ` ${words} `);
  return text.replace(/ {2,}/g, " ").trim();
}

/** Groups of words shoppers use for the same thing (stems). */
const SYNONYMS = [
  ["postag", "ship", "deliveri", "send", "post"],
  ["cost", "price", "charg", "fee"],
  ["parcel", "packag"],
  ["phone", "call", "ring"],
  ["email", "mail"],
  ["shop", "store"],
  ["rucksack", "backpack", "pack"],
  ["trainer", "shoe", "boot"],
  ["voucher", "code", "coupon"],
  ["login", "sign", "log", "account"],
  ["swap", "exchang"],
  ["broke", "broken", "damag", "fault", "snap"],
  ["refund", "monei"],
  ["cancel", "stop"],
  ["cheaper", "lower", "cheap"],
  ["receipt", "invoic"],
  ["fix", "correct", "chang", "repair"],
  ["arriv", "deliv", "receiv"],
  ["per", "everi", "each"],
  ["reject", "declin", "refus"],
  // Outdoor gear.
  ["groundsheet", "floor"],
  ["flysheet", "fly"],
  ["jacket", "coat"],
  ["stove", "cooker", "burner"],
  ["canist", "cartridg"],
  ["mat", "pad", "mattress"],
  ["waterproof", "hydrostat", "rain"],
].map((group) => group.map((w) => stem(w)));

/** Stems that say the same as `stemmed` in shop language. */
export function alternativesOf(stemmed: string): string[] {
  return SYNONYMS.filter((g) => g.includes(stemmed)).flat().filter((a) => a !== stemmed);
}
