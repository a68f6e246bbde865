import type { ChatMessage } from "../protocol/index.ts";
import { messageFrustration } from "./frustration.ts";
import { messageLanguage } from "./language.ts";
import type { TriggerPolicy } from "./policy.ts";
import { quoted, toAction, type EscalationAction, type Signal } from "./signal.ts";
import { contentWords, jaccard, overlap, questionSimilarity } from "./similarity.ts";

/**
 * Signal 5: going in circles, which means the visitor is stuck on one need,
 * not that the AI could not answer two different questions. Stuck once (the
 * same question asked again after an answer, the same answer given twice, or
 * the AI unsure twice about one subject) offers a person; stuck again, or
 * stuck while the visitor's mood drops, goes to a person per circlesAction.
 */

/** How many earlier answered questions a repeat is looked for in. */
const LOOK_BACK = 6;
/** Two answers this alike (content words) are the same answer. */
const SAME_ANSWER = 0.8;
/** Two questions that share this much of the shorter one's content words are on one subject. */
const SAME_SUBJECT = 0.5;
/** A follow-up sharing this much of the shorter question, two words or more, asks it again ("engrave a bottle" / "engraving bottles"). */
const REPEAT_SHARE = 0.6;
/** A repeat that is this frustrated, and more than the message before it, is the mood dropping. */
const MOOD_DROP = 0.3;

/** A visitor question (their messages since the previous answer) and the AI's answer to it. */
interface Turn {
  question: string;
  seq: number;
  answer: ChatMessage & { ai: NonNullable<ChatMessage["ai"]> };
}

/** On a visitor message: they ask again what the AI already answered. */
export function repeatedQuestionSignal(history: readonly ChatMessage[], policy: TriggerPolicy): Signal | null {
  const latest = history[history.length - 1];
  if (!latest || latest.role !== "visitor") return null;
  const threshold = policy.thresholds.repeatSimilarity;
  const mine = contentWords(latest.text);
  const repeats = answeredTurns(history.slice(0, -1))
    .map((turn) => {
      const words = questionSimilarity(latest.text, turn.question).score;
      const shared = overlap(mine, contentWords(turn.question));
      return { turn, score: Math.max(words, shared.shared >= 2 && shared.share >= REPEAT_SHARE ? shared.share : 0) };
    })
    .filter((r) => r.score >= Math.min(threshold, REPEAT_SHARE) && r.score > 0);
  const best = repeats.sort((a, b) => b.score - a.score)[0];
  if (!best) return null;
  const similarity = Math.round(best.score * 100) / 100;
  const moodDrop = moodDropped(history, policy);
  const again = repeats.length >= 2 || moodDrop;
  const evidence = [
    `asked again: ${Math.round(similarity * 100)}% the same words as message #${best.turn.seq}`,
    quoted(best.turn.question),
    ...(repeats.length >= 2 ? [`asked ${repeats.length + 1} times`] : []),
    ...(moodDrop ? ["and getting frustrated"] : []),
  ];
  const summary = `Going in circles: asked the same thing ${again && repeats.length >= 2 ? `${repeats.length + 1} times` : "again"} (${quoted(latest.text)})`;
  return circles(again ? toAction(policy.circlesAction) : "offer_human", similarity, evidence, summary);
}

/** After an AI turn: the same answer again, or the AI unsure again about the same need. */
export function lowConfidenceRunSignal(history: readonly ChatMessage[], policy: TriggerPolicy): Signal | null {
  const turns = answeredTurns(history);
  const latest = turns[turns.length - 1];
  if (!latest || history[history.length - 1]?.seq !== latest.answer.seq) return null;
  const { circlesLowConfidenceRun: needed, circlesConfidence } = policy.thresholds;
  const unsure = (t: Turn) => t.answer.ai.declined || t.answer.ai.confidence < circlesConfidence;
  const earlier = turns.slice(0, -1);
  if (unsure(latest)) {
    // A confident answer in between means the visitor got somewhere: only the unsure answers since count.
    const since = earlier.length - [...earlier].reverse().findIndex((t) => !unsure(t));
    const run = since > earlier.length ? earlier : earlier.slice(since);
    const stuck = oneNeed(latest, run);
    if (stuck.length < needed) return null;
    const answers = stuck.map((t) => (t.answer.ai.declined ? "declined" : t.answer.ai.confidence.toFixed(2)));
    const action = stuck.length > needed || moodDropped(history, policy) ? toAction(policy.circlesAction) : "offer_human";
    return circles(action, Math.min(1, stuck.length / needed), [
      `${stuck.length} unsure AI answers about one need (offer from ${needed})`,
      `answers: ${answers.join(", ")}`,
      `asked: ${stuck.map((t) => quoted(t.question, 50)).join(" / ")}`,
    ], `Going in circles: the AI could not answer the same need ${stuck.length} times`);
  }
  // The same answer to two questions may just be right twice; to three, the visitor is asking again.
  const same = earlier.filter((t) => !t.answer.ai.declined && sameAnswer(t, latest));
  const moodDrop = moodDropped(history, policy);
  if (same.length < 2 && !(same.length === 1 && moodDrop)) return null;
  const action = same.length >= 3 || (same.length >= 2 && moodDrop) ? toAction(policy.circlesAction) : "offer_human";
  return circles(action, Math.min(1, (same.length + 1) / 3), [
    `the same answer ${same.length + 1} times`,
    `asked: ${[...same, latest].map((t) => quoted(t.question, 50)).join(" / ")}`,
  ], `Going in circles: the visitor asked ${same.length + 1} ways and got the same answer`);
}

function circles(action: EscalationAction, score: number, evidence: string[], summary: string): Signal {
  return { name: "going_in_circles", action, score: Math.round(score * 100) / 100, evidence, summary };
}

/** The AI's answers since the last human agent spoke, each with the visitor's question before it, oldest first. */
function answeredTurns(history: readonly ChatMessage[]): Turn[] {
  const turns: Turn[] = [];
  let asked: ChatMessage[] = [];
  for (const message of history) {
    if (message.role === "agent") {
      turns.length = 0;
      asked = [];
    } else if (message.role === "visitor") asked.push(message);
    else if (message.role === "ai" && message.ai && asked.length > 0) {
      turns.push({ question: asked.map((m) => m.text).join("\n"), seq: asked[0]?.seq ?? message.seq, answer: { ...message, ai: message.ai } });
      asked = [];
    }
  }
  return turns.slice(-LOOK_BACK);
}

/** The turns about the same need as `latest`, through chains ("hire canoes" ~ "rent a canoe" ~ "canoe hire in Leeds"), oldest first. */
function oneNeed(latest: Turn, candidates: Turn[]): Turn[] {
  const need = [latest];
  let grew = true;
  while (grew) {
    grew = false;
    for (const turn of candidates) {
      if (!need.includes(turn) && need.some((member) => sameSubject(member, turn))) {
        need.push(turn);
        grew = true;
      }
    }
  }
  return need.sort((a, b) => a.seq - b.seq);
}

/**
 * One subject: most of the shorter question's content words are in the other
 * ("rent kayaks" / "hire a kayak"), or a word is shared and retrieval found
 * the same article first for both.
 */
function sameSubject(a: Turn, b: Turn): boolean {
  const left = contentWords(a.question);
  const right = contentWords(b.question);
  const { share, shared } = overlap(left, right);
  const article = (t: Turn) => t.answer.ai.citations[0]?.articleId ?? t.answer.ai.retrieval[0]?.articleId ?? null;
  const sameArticle = article(a) !== null && article(a) === article(b);
  return share >= SAME_SUBJECT || jaccard(left, right) >= SAME_SUBJECT || (sameArticle && shared >= 1);
}

/** The AI said (nearly) the same thing to two questions: whatever the wording, the visitor got nothing new. */
function sameAnswer(a: Turn, b: Turn): boolean {
  return jaccard(contentWords(a.answer.text), contentWords(b.answer.text)) >= SAME_ANSWER;
}

/** The visitor's newest message is frustrated, and more than the one before it. */
function moodDropped(history: readonly ChatMessage[], policy: TriggerPolicy): boolean {
  const visitor = history.filter((m) => m.role === "visitor");
  const now = visitor[visitor.length - 1];
  const before = visitor[visitor.length - 2];
  if (!now) return false;
  const classifier = policy.signals.classifier;
  const score = (text: string) => messageFrustration(text, { earlierLengths: [], language: () => messageLanguage(text), classifier, learnedMax: 1 }).score;
  const current = score(now.text);
  return current >= MOOD_DROP && (!before || current > score(before.text));
}
