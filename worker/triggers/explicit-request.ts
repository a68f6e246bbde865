import {
  BARE_FILLER, CALL_ME, CALL_ME_FOLLOW, THIRD_PARTY, COUNT_WORDS, DESIRES, EXISTENCE, HELP_ME, INFO_VERBS, INFO_WORDS, LOOSE_TALK_BLOCKED,
  LOOSE_TALK_VERBS, ME, MEDIUM_TARGETS, STRONG_TARGETS, TALK_PREPOSITIONS, TALK_VERBS, TRANSFER_VERBS, WEAK_TARGETS, WHO_AM_I,
} from "./explicit-lexicon.ts";
import { editDistance } from "./fuzzy.ts";
import { findAll } from "./lexicon.ts";
import { negatedBefore } from "./negation.ts";
import { quote, clauses, type Clause, type Token } from "./text.ts";

/**
 * Signal 1: the visitor asks for a human, in English, Spanish, French,
 * German, Portuguese, Italian or Dutch, typos and all. Mentions ("the agent
 * on the phone said…"), stories ("I spoke to someone yesterday") and
 * negations ("no need for a person") do not count.
 */
export interface ExplicitRequest {
  /** The words that asked. */
  evidence: string;
}

type Strength = 1 | 2 | 3;
interface Target {
  start: number;
  end: number;
  strength: Strength;
}

/** How far apart a verb and its person may be, in words ("chatting with a bloody live agent"). */
const AFTER_VERB = 6;
const BEFORE_VERB = 5;
const AFTER_DESIRE = 4;
const BARE_MAX_WORDS = 7;

export function detectExplicitRequest(text: string): ExplicitRequest | null {
  const parts = clauses(text);
  for (const clause of parts) {
    const found = inClause(text, clause, parts.length);
    if (found) return found;
  }
  return null;
}

function inClause(text: string, clause: Clause, clauseCount: number): ExplicitRequest | null {
  const tokens = clause.tokens;
  const targets = findTargets(text, tokens);
  const evidence = (from: number, to: number) => ({ evidence: quote(text, tokens, from, to) });
  const callMe = findCallMe(tokens);
  if (callMe) return evidence(callMe[0], callMe[1]);
  if (targets.length === 0) return null;
  const bare = bareRequest(tokens, targets, clauseCount);
  if (bare) return evidence(bare.start, bare.end);
  const talking = [...findAll(TALK_VERBS, tokens), ...looseTalkVerbs(tokens)].filter(([start]) => !pastTense(text, tokens[start]));
  for (const [start, end] of talking) {
    const target = near(targets, start, end, 1);
    if (target && !negated(tokens, start, target) && !asksForDetails(tokens, start) && !asksWhoItIs(tokens, start)) {
      return evidence(Math.min(start, target.start), Math.max(end, target.end));
    }
  }
  for (const [start, end] of findAll(TRANSFER_VERBS, tokens)) {
    const target = near(targets, start, end, 1);
    if (target && hasMe(tokens, start, end) && !negated(tokens, start, target)) {
      return evidence(Math.min(start, target.start), Math.max(end, target.end));
    }
  }
  for (const [lexicon, minStrength] of [[DESIRES, 2], [EXISTENCE, 1]] as const) {
    for (const [start, end] of findAll(lexicon, tokens)) {
      const target = targets.find((t) => t.start > end && t.start - end <= AFTER_DESIRE && t.strength >= minStrength);
      if (target && !negated(tokens, start, target)) return evidence(start, target.end);
    }
  }
  for (const [start, end] of findAll(HELP_ME, tokens)) {
    const target = [...targets].reverse().find((t) => t.end < start && start - t.end <= 3 && t.strength >= 2);
    if (target && !negatedBefore(tokens, target.start)) return evidence(target.start, end);
  }
  return null;
}

/** "J'ai parlé", "hablé", "parlò": a past form, only one accent away from the infinitive once accents are gone. */
function pastTense(text: string, token: Token | undefined): boolean {
  return token !== undefined && /[éèò]$/i.test(text.slice(token.start, token.end));
}

/** "taok to", "cat with": a typo of a short talk verb, trusted only right before a preposition. */
function looseTalkVerbs(tokens: Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  tokens.forEach((token, i) => {
    if (LOOSE_TALK_BLOCKED.has(token.norm) || !TALK_PREPOSITIONS.has(tokens[i + 1]?.norm ?? "")) return;
    if (LOOSE_TALK_VERBS.some((verb) => editDistance(token.norm, verb, 1) <= 1)) spans.push([i, i]);
  });
  return spans;
}

function findTargets(text: string, tokens: Token[]): Target[] {
  const out: Target[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isModifier(text, tokens, i)) continue;
    const strong = STRONG_TARGETS.at(tokens, i);
    const medium = strong ? 0 : MEDIUM_TARGETS.at(tokens, i);
    const weak = strong || medium ? 0 : WEAK_TARGETS.at(tokens, i);
    const length = strong || medium || weak;
    if (length === 0) continue;
    out.push({ start: i, end: i + length - 1, strength: strong ? 3 : medium ? 2 : 1 });
    i += length - 1;
  }
  return out;
}

/**
 * "a two-person tent", "a 2 person tent", "price per person", "person-sized":
 * the person word describes a thing. ("Support-Mitarbeiter" is a person.)
 */
function isModifier(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1]?.norm ?? "";
  if (!token) return false;
  return COUNT_WORDS.has(before) || /^\d+$/.test(before) || text[token.end] === "-";
}

/** The closest target to a verb, after it (English word order) or before it (German and Dutch put the verb last). */
function near(targets: Target[], start: number, end: number, minStrength: Strength): Target | undefined {
  const after = targets.find((t) => t.start > end && t.start - end <= AFTER_VERB && t.strength >= minStrength);
  if (after) return after;
  return [...targets].reverse().find((t) => t.end < start && start - t.end <= BEFORE_VERB && t.strength >= minStrength);
}

function negated(tokens: Token[], start: number, target: Target): boolean {
  return negatedBefore(tokens, Math.min(start, target.start)) || negatedBefore(tokens, target.start);
}

function hasMe(tokens: Token[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 2); i <= end + 2 && i < tokens.length; i++) {
    if (i >= start && i <= end) continue;
    const token = tokens[i];
    if (token && ME.hasExactly(token.norm)) return true;
  }
  return false;
}

/** "Am I talking to a real person?", "¿Estoy hablando con un humano?": a question about the assistant. */
function asksWhoItIs(tokens: Token[], verb: number): boolean {
  let end = verb;
  while (end > 0 && ["still", "actually", "really", "even", "now"].includes(tokens[end - 1]?.norm ?? "")) end--;
  return WHO_AM_I.some((words) => words.every((w, k) => tokens[end - words.length + k]?.norm === w));
}

/** "What hours can I call customer service?": a question about contact details, for the AI. */
function asksForDetails(tokens: Token[], verb: number): boolean {
  if (INFO_VERBS.at(tokens, verb) === 0) return false;
  for (const [start] of findAll(INFO_WORDS, tokens)) if (start < verb) return true;
  return false;
}

/** "Human!", "a real person please", "Mitarbeiter bitte": nothing but a person and courtesy. */
function bareRequest(tokens: Token[], targets: Target[], clauseCount: number): Target | null {
  if (tokens.length > BARE_MAX_WORDS || clauseCount > 3) return null;
  const strong = targets.find((t) => t.strength === 3);
  if (!strong) return null;
  const inTarget = (i: number) => targets.some((t) => t.strength === 3 && i >= t.start && i <= t.end);
  const onlyFiller = tokens.every((t, i) => inTarget(i) || BARE_FILLER.has(t.norm));
  return onlyFiller ? { start: 0, end: tokens.length - 1, strength: 3 } : null;
}

function findCallMe(tokens: Token[]): [number, number] | null {
  for (const [start, end] of findAll(CALL_ME, tokens)) {
    if (negatedBefore(tokens, start)) continue;
    // "The courier will call me", "der Bote ruft mich an": someone else's call, told, not asked for.
    if (tokens.slice(0, start).some((t) => THIRD_PARTY.has(t.norm))) continue;
    const phrase = tokens.slice(start, end + 1).map((t) => t.norm).join(" ");
    const next = tokens[end + 1]?.norm;
    // "You can call me Anna" introduces a name.
    if (phrase === "call me" && next !== undefined && !CALL_ME_FOLLOW.has(next)) continue;
    return [start, end];
  }
  return null;
}
