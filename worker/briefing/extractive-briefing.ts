import type { AiAttempt, Briefing, ChatMessage, TriggerEvidence } from "../protocol/index.ts";
import type { Conversation } from "../conversation/conversation.ts";
import { sentimentTrend } from "../triggers/frustration.ts";
import { explicitRequestSignal } from "../triggers/explicit-signal.ts";
import { visitorLanguage } from "../triggers/language.ts";
import { extractFacts } from "./facts.ts";

export interface BriefingInput {
  conversation: Conversation;
  messages: ChatMessage[];
  triggers: TriggerEvidence[];
  reason: string;
  previous: Briefing["previous"];
}

/**
 * The briefing without an LLM: the visitor's own words for what they want,
 * what the AI answered from which articles and how sure it was, the facts
 * they gave, and an opening line built from all of it.
 */
export function extractiveBriefing(input: BriefingInput, now = Date.now()): Briefing {
  const { conversation, messages } = input;
  const visitorTexts = messages.filter((m) => m.role === "visitor").map((m) => m.text);
  const substantive = messages.filter((m) => m.role === "visitor" && isSubstantive(m, messages));
  const first = substantive[0]?.text ?? visitorTexts[0] ?? "";
  const latest = substantive.at(-1)?.text ?? first;
  const aiTried = attempts(messages);
  const facts = extractFacts(visitorTexts);
  const sentiment = sentimentTrend(messages);
  const name = conversation.visitor.name?.split(/\s+/)[0];
  const topic = topicOf(aiTried, first);
  const who = conversation.visitor.name ?? "The visitor";
  const tried = aiTried.filter((a) => !a.declined);
  const declined = aiTried.length - tried.length;
  const summary = [
    first ? `${who} asked ${quote(first)}.` : `${who} asked for a person straight away.`,
    tried.length > 0 ? `The assistant answered from ${titles(tried)} (confidence ${best(tried)}).` : "",
    declined > 0 ? `It could not answer ${declined === 1 ? "once" : `${declined} times`}.` : "",
    latest && latest !== first ? `Latest: ${quote(latest)}.` : "",
    `Handed over: ${input.reason}`,
  ]
    .filter(Boolean)
    .join(" ");
  const sorry = sentiment.trend === "worsening" || input.triggers.some((t) => t.name === "frustration");
  const suggestedOpening = [
    `Hi${name ? ` ${name}` : ""}, thanks for waiting.`,
    sorry ? "I'm sorry this has been frustrating." : "",
    topic ? `I can see you're asking about ${topic}${facts[0] ? ` (${facts[0]})` : ""}.` : "",
    "I've read the whole conversation, so you won't need to repeat anything: let me take it from here.",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    conversationId: conversation.id,
    updatedAt: now,
    source: "extractive",
    summary,
    wants: latest ? quote(latest) : "A person (no question yet).",
    facts,
    aiTried,
    reason: input.reason,
    triggers: input.triggers,
    sentiment: { trend: sentiment.trend, scores: sentiment.scores.map((s) => ({ seq: s.seq, score: round(s.score) })) },
    page: conversation.page,
    visitor: { visitorId: conversation.visitorId, ...conversation.visitor },
    previous: input.previous,
    suggestedOpening,
    ...languageOf(messages),
  };
}

function languageOf(messages: ChatMessage[]): Pick<Briefing, "language"> {
  const language = visitorLanguage(messages);
  return language ? { language } : {};
}

/** A visitor message that says something beyond "hi" or "give me a person". */
function isSubstantive(message: ChatMessage, history: ChatMessage[]): boolean {
  const words = message.text.trim().split(/\s+/).length;
  if (words < 3) return false;
  const upTo = history.filter((m) => m.seq <= message.seq);
  return explicitRequestSignal(upTo) === null;
}

function attempts(messages: ChatMessage[]): AiAttempt[] {
  const out: AiAttempt[] = [];
  let question = "";
  for (const m of messages) {
    if (m.role === "visitor") question = m.text;
    if (m.role !== "ai" || !m.ai) continue;
    out.push({
      seq: m.seq,
      question: question.slice(0, 300),
      answer: m.text.slice(0, 400),
      articles: m.ai.citations.map((c) => ({ title: c.title, url: c.url })),
      confidence: m.ai.confidence,
      declined: m.ai.declined,
    });
  }
  return out;
}

/** What it is about: the article the AI used most, else the visitor's first question. */
function topicOf(tried: AiAttempt[], first: string): string {
  const counts = new Map<string, number>();
  for (const a of tried) for (const t of a.articles) counts.set(t.title, (counts.get(t.title) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (top) return top.charAt(0).toLowerCase() + top.slice(1);
  return first ? quote(first, 80) : "";
}

function titles(tried: AiAttempt[]): string {
  const all = [...new Set(tried.flatMap((a) => a.articles.map((t) => `“${t.title}”`)))];
  return all.length > 0 ? all.slice(0, 3).join(", ") : "the help centre";
}

function best(tried: AiAttempt[]): string {
  return Math.max(...tried.map((a) => a.confidence)).toFixed(2);
}

function quote(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
