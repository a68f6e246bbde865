import type { Token } from "./text.ts";

/**
 * Negation scope for requests: "I don't need a human", "no need to talk to a
 * person", "je ne veux pas parler à un humain", "ich brauche keinen Menschen".
 * Inability is not negation: "I can't reach a human" and "I don't know how
 * to talk to someone" still ask for one.
 */
const NEGATORS = new Set([
  // en
  "not", "no", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wont", "without", "instead",
  "aren't", "arent", "isn't", "isnt", "needn't", "neednt", "nor",
  // es, pt
  "nunca", "sin", "ni", "tampoco", "ningun", "ninguna", "ninguno", "nao", "sem", "nenhum", "nenhuma",
  // fr
  "ne", "n", "pas", "jamais", "sans", "aucun", "aucune",
  // de
  "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne",
  // it
  "non", "mai", "senza", "nessun", "nessuno", "nessuna",
  // nl
  "niet", "geen", "nooit", "zonder",
]);

export function isNegator(word: string): boolean {
  return NEGATORS.has(word);
}

/**
 * Words that may stand between a negator and what it negates: modals of
 * wanting, "to", articles, prepositions, "real"/"live". Anything else (a
 * pronoun, "know how") ends the scope.
 */
const SCOPE = new Set([
  // en
  "to", "a", "an", "the", "with", "want", "wanna", "need", "needs", "have", "has", "like", "would", "wish", "really",
  "even", "ever", "be", "being", "going", "gonna", "looking", "trying", "any", "of", "for", "necessary", "needed",
  "required", "real", "live", "actual", "human", "just", "ask", "asking", "talk", "speak", "prefer",
  // es, pt
  "con", "un", "una", "el", "la", "quiero", "quisiera", "necesito", "hace", "falta", "es", "necesario", "de", "real",
  "com", "um", "uma", "o", "quero", "preciso", "gostaria", "precisa",
  // fr
  "avec", "une", "le", "d", "veux", "voudrais", "besoin", "vrai", "vraie", "ai", "est", "necessaire", "parler",
  // de
  "mit", "einem", "einer", "einen", "ein", "eine", "dem", "der", "den", "mochte", "will", "muss", "echten", "echte", "zu",
  "brauche",
  // it
  "uno", "il", "l", "di", "voglio", "vorrei", "bisogno", "ho", "vero", "vera", "serve",
  // nl
  "met", "een", "het", "wil", "graag", "echt", "te", "hoef",
]);

/** Modal questions about necessity ("do I have to talk to an agent?") are not requests either. */
const NECESSITY_ASK = new Set(["do", "does", "must", "should", "shall"]);
const SUBJECTS = new Set(["i", "we"]);
/** "What do I need to do to talk to someone?" asks how, and is a request. */
const HOW = new Set(["what", "how", "where", "who", "which", "when", "why"]);

/** Whether the word at `index` is inside a negation (or a "do I have to…" question) that ends right before it. */
export function negatedBefore(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const word = tokens[i]?.norm ?? "";
    if (NEGATORS.has(word)) return true;
    if (SUBJECTS.has(word)) return necessityQuestion(tokens, i, index);
    if (!SCOPE.has(word)) return false;
  }
  return false;
}

function necessityQuestion(tokens: readonly Token[], subject: number, to: number): boolean {
  if (!NECESSITY_ASK.has(tokens[subject - 1]?.norm ?? "") || HOW.has(tokens[subject - 2]?.norm ?? "")) return false;
  for (let i = subject + 1; i < to; i++) {
    const word = tokens[i]?.norm ?? "";
    if (word === "need" || word === "have" || word === "to") return true;
  }
  return false;
}
