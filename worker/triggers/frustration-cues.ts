import { Lexicon } from "./lexicon.ts";
import { compilePattern, PatternSet } from "./phrase-pattern.ts";

/**
 * Word lists behind the frustration score. Profanity on its own is common
 * in ordinary questions ("where's my damn parcel"), so it adds to other cues
 * rather than deciding; what people say when a conversation is failing
 * ("this is useless", "waste of time") weighs most.
 */

export const PROFANITY = new Lexicon([
  "fuck", "fucking", "fucked", "fuckin", "fck", "fkn", "shit", "shitty", "bullshit", "damn", "damned", "goddamn",
  "goddamned", "dammit", "bloody", "crap", "crappy", "wtf", "ffs", "omfg", "piss", "pissed", "ass", "asshole", "arse",
  "bastard", "bitch", "freaking", "frigging", "frickin",
  "mierda", "joder", "puta", "puto", "carajo", "cabron", "hostia", "merde", "putain", "bordel", "connard", "chier",
  "scheisse", "scheiss", "verdammt", "kacke", "arschloch", "porra", "merda", "caralho", "cazzo", "vaffanculo", "stronzo",
  "kut", "klote", "godverdomme", "verdomme", "kanker",
]);

/** Profanity glued to a neighbour ("thisgoddamn"): only stems that are never innocent inside a word. */
export const GLUED_PROFANITY = /fuck|goddamn|bullshit/;

/** What people say when a conversation is failing; strong phrases alone are enough to offer a person. */
export const STRONG_PHRASES = new PatternSet([
  "useless", "unhelpful", "not =helping/=helpful", "isn't/isnt/aren't/doesn't/doesnt/didn't =help/=helping/=helpful",
  "getting nowhere", "not getting anywhere", "waste/wasting time", "ridiculous", "fed up", "sick of",
  "sick and tired", "had enough", "unacceptable", "pointless", "this is a joke", "frustrated/frustrating", "furious",
  "angry", "livid", "stupid/dumb/useless/pathetic bot/machine/robot/ai/chatbot/assistant/system",
  "terrible/awful/horrible/pathetic/appalling service/support/experience/company", "screw you/this", "this sucks",
  "you suck", "are you kidding", "i give up", "going in circles", "you don't/dont understand", "you do not understand",
  "no sirve", "inutil", "no me ayuda/ayudas", "perdida de tiempo", "harto/harta", "ridiculo", "sert a rien",
  "perte de temps", "inutile", "en ai marre", "importe quoi", "nutzlos", "sinnlos", "zeitverschwendung", "hilft nicht",
  "nao ajuda", "perda de tempo", "nao serve", "perdita di tempo", "non serve", "non aiuta", "nutteloos", "tijdverspilling",
  "helpt niet", "belachelijk",
].map((p) => compilePattern(p)));

/** Milder signs: enough with another cue (a "!!!", a swear word), not alone. */
export const MILD_PHRASES = new PatternSet([
  "still waiting/nothing/no/not", "how many times", "already told/said/asked/explained/tried", "again and again",
  "over and over", "nobody =helps/=answers/=cares/=replies", "no one =helps/=answers/=cares/=replies",
  "not what i asked", "answer my question", "doesn't/doesnt/didn't =answer", "does/did not =answer", "not an answer",
  "isn't/isnt/wasn't what i =asked/=meant/=wanted", "same answer/reply/response", "keep/keeps =saying/=repeating", "are you even listening", "makes no sense", "doesn't/didn't make sense",
  "does not make sense", "worst", "=seriously", "=come =on",
  "disappointed/disappointing", "annoyed/annoying", "upset", "unhappy", "not happy/satisfied/pleased", "never again", "what the hell", "the hell",
  "todavia nada", "otra vez", "toujours rien", "encore une fois", "immer noch", "schon wieder", "ainda nada",
  "de novo", "ancora niente", "di nuovo", "nog steeds", "alweer",
].map((p) => compilePattern(p)));

/**
 * Negative in the AFINN lexicon but the ordinary vocabulary of support
 * questions ("a problem with my payment", "cancel my order", "lost password"):
 * not frustration by themselves.
 */
export const NEUTRAL_IN_SUPPORT = new Set([
  "problem", "problems", "error", "errors", "issue", "issues", "cancel", "cancelled", "canceled", "cancelling", "canceling",
  "lost", "lose", "losing", "missing", "miss", "wrong", "broken", "damaged", "damage", "delay", "delayed", "late", "fail",
  "failed", "failure", "fails", "unable", "stuck", "fraud", "stolen", "hacked", "no", "stop", "stopped", "block", "blocked",
  "dispute", "complain", "complaint", "complaints", "claim", "claims", "sorry", "forgot", "forgotten", "forget", "urgent",
  "hard", "difficult", "limited", "limit", "leave", "demand", "doubt", "mistake", "mistakes", "risk", "warning", "emergency",
  "dead", "pay", "charged", "charges", "fees", "fine", "fined", "penalty", "sue", "lawsuit", "question", "questions", "cut",
  "drop", "dropped", "crash", "crashed", "crashes", "bug", "bugs", "rejected", "reject", "declined", "decline", "expired",
  "expire", "cold", "wet", "leak", "leaking", "pain", "worry", "worried", "alone", "low", "exit", "termination", "terminate",
  "remove", "removed", "delete", "deleted", "unsubscribe", "suspended", "suspend", "disabled", "locked", "lock",
]);

/** Short answers that are not curt: a clipped reply after long ones counts only when it is not one of these. */
export const ACKNOWLEDGEMENTS = new Set([
  "ok", "okay", "k", "yes", "yeah", "yep", "sure", "thanks", "thank", "you", "thx", "ty", "great", "perfect", "cool", "nice",
  "si", "oui", "ja", "sim", "gracias", "merci", "danke", "obrigado", "obrigada", "grazie", "dank", "bedankt", "hi", "hello",
  "please", "bye",
]);
