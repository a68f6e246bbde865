import type { Label } from "./dataset.ts";
import { mulberry32 } from "../../worker/cli/seeded-random.ts";

/**
 * Copies of a written utterance as visitors also type it: lower case without
 * accents and with one typo; or with a greeting or a courtesy around it. The
 * copies are deterministic (seeded), so training is repeatable.
 */
const GREETINGS: Record<string, string[]> = {
  en: ["hi", "hello", "hey", "hi there", "good morning", "excuse me"],
  es: ["hola", "buenas", "buenos días", "perdona"],
  fr: ["bonjour", "salut", "bonsoir", "excusez-moi"],
  de: ["hallo", "guten Tag", "hi", "moin", "entschuldigung"],
  pt: ["olá", "oi", "bom dia", "boa tarde"],
  it: ["ciao", "buongiorno", "salve", "scusate"],
  nl: ["hallo", "hoi", "goedemiddag", "dag"],
};
const COURTESIES: Record<string, string[]> = {
  en: ["please", "thanks", "thank you", "pls", "cheers"],
  es: ["por favor", "gracias", "porfa"],
  fr: ["svp", "merci", "s'il vous plaît"],
  de: ["bitte", "danke", "vielen Dank"],
  pt: ["por favor", "obrigado", "obrigada"],
  it: ["per favore", "grazie", "per piacere"],
  nl: ["alstublieft", "bedankt", "aub", "graag"],
};

export function augment(text: string, lang: string, _label: Label, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const out = new Set<string>();
  out.add(withTypo(plain(text), random));
  const greetings = GREETINGS[lang] ?? GREETINGS.en ?? [];
  const courtesies = COURTESIES[lang] ?? COURTESIES.en ?? [];
  out.add(random() < 0.5 ? `${pick(greetings)}, ${lowerFirst(text)}` : `${text.replace(/[.!?]*$/, "")} ${pick(courtesies)}`);
  out.delete(text);
  return [...out];
}

function plain(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "");
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** One typo in a word of four letters or more: two letters swapped, one dropped, or one doubled. */
function withTypo(text: string, random: () => number): string {
  const words = text.split(" ");
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{4,}$/u.test(w));
  if (long.length === 0) return text;
  const [word, at] = long[Math.floor(random() * long.length)] ?? ["", 0];
  const k = 1 + Math.floor(random() * (word.length - 2));
  const kind = random();
  const typo =
    kind < 0.4 ? word.slice(0, k) + (word[k + 1] ?? "") + (word[k] ?? "") + word.slice(k + 2)
    : kind < 0.7 ? word.slice(0, k) + word.slice(k + 1)
    : word.slice(0, k) + (word[k] ?? "") + word.slice(k);
  words[at] = typo;
  return words.join(" ");
}

