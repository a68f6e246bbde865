/**
 * The demo's past: a few hundred conversations over the last eight weeks,
 * each a story of timed steps (asked, answered, handed off by some trigger,
 * claimed after a wait, resolved, sometimes reopened, rated). Pure and
 * deterministic: the same workspace and day give the same stories, so the
 * seed can run again without doubling anything (history-seed.ts writes them).
 */
import type { EscalationDecision } from "../protocol/index.ts";
import { mulberry32 } from "./seeded-random.ts";

export interface HistoryAgent {
  id: string;
  name: string;
}

export type HistoryStep =
  | { kind: "visitor"; at: number; text: string }
  | { kind: "ai"; at: number; text: string; confidence: number; declined: boolean; helpful: boolean | null }
  | { kind: "handoff"; at: number; decision: EscalationDecision; teamId: string }
  | { kind: "claim"; at: number; agent: HistoryAgent }
  | { kind: "agent"; at: number; agent: HistoryAgent; text: string }
  | { kind: "resolve"; at: number; agent: HistoryAgent | null }
  | { kind: "reopen"; at: number };

export interface HistoryStory {
  id: string;
  workspaceId: string;
  siteId: string;
  visitor: { name?: string; tier?: string };
  page: { url: string; title: string };
  steps: HistoryStep[];
  rating: { score: number; path: "ai" | "human"; agentId: string | null; comment: string | null; at: number } | null;
  verdict: { verdict: "not_needed" | "too_late"; agentId: string; at: number } | null;
}

export interface HistoryOptions {
  workspaceId: string;
  siteId: string;
  origin: string;
  agents: HistoryAgent[];
  /** Teams by the topics routed to them (the demo's routing rules); others wait for everyone. */
  topicTeams: Record<string, string>;
  proTeam: string | null;
  count: number;
  /** Midnight (UTC) of today: stories end before it, so re-running today writes the same rows. */
  today: number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;


function seedOf(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

type Trigger = { name: string; weight: number; topics?: string[]; summary: (topic: string) => string };

/** Trigger names as the engine emits them (worker/triggers/signal.ts), with how often each hands off here. */
const TRIGGERS: Trigger[] = [
  { name: "explicit_request", weight: 34, summary: () => "Asked for a person: “can I talk to someone”" },
  { name: "frustration", weight: 20, summary: () => "Frustrated: “this is the third time I ask”" },
  { name: "critical_low_confidence", weight: 16, topics: ["refund", "billing_dispute", "cancellation", "account_security"], summary: (t) => `Critical topic “${t}” and the AI was unsure` },
  { name: "forced_topic", weight: 14, topics: ["legal", "data_deletion", "formal_complaint", "enterprise_pricing"], summary: (t) => `Topic a person always handles: ${t}` },
  { name: "going_in_circles", weight: 10, summary: () => "Going in circles: the same question three times" },
  { name: "button", weight: 6, summary: () => "Asked for a person (“Talk to a person” button)" },
];

/**
 * What visitors ask, and what an agent answers once it reaches one. The
 * last two are not in the demo knowledge base (worker/demo/kb): the AI
 * declines them, and the Knowledge gaps screen finds them, worded a few ways.
 */
const QUESTIONS: { asked: string[]; answer: string; gap?: true }[] = [
  { asked: ["How long does delivery to Germany take?"], answer: "Delivery to Germany takes 2 to 4 working days with DHL. You get a tracking link by email when the parcel leaves our warehouse." },
  { asked: ["Can I return a tent I used once?"], answer: "Tents can be returned within 30 days if they are clean and dry, even after one use. Start the return from My orders and print the free label." },
  { asked: ["Where is my order #48213?"], answer: "Your tracking link is in the shipping confirmation email. Parcels usually arrive within 4 working days of dispatch." },
  { asked: ["Do your hiking boots run small?"], answer: "Our hiking boots run about half a size small. Most customers order half a size up, especially with thick socks." },
  { asked: ["Is the Kestrel 2 tent waterproof?"], answer: "The Kestrel 2 tent has a 3000 mm hydrostatic head, so it stays waterproof in heavy rain. Re-proof the fly sheet once a season." },
  { asked: ["Can I change my delivery address?"], answer: "You can change the delivery address until the order is packed: open My orders, choose the order and edit the address." },
  { asked: ["Do you ship to Norway?"], answer: "Yes, we ship to Norway in 4 to 7 working days. Import VAT is collected by the carrier on delivery." },
  { asked: ["How do I wash a down jacket?"], answer: "Wash a down jacket on a gentle 30 degree cycle with down wash, not normal detergent. Tumble dry on low heat with two tennis balls so the down does not clump." },
  {
    asked: ["Do you rent tents?", "can I rent a tent for a weekend", "how much does it cost to rent a tent", "tent rent for a festival?"],
    answer: "Yes, we rent tents from our Munich store: a Kestrel 2 tent costs 15 euros a day or 40 euros a weekend. Book the tent by phone or in the store, with an ID and a 100 euro deposit. Bring the tent back dry and we clean it.",
    gap: true,
  },
  {
    asked: ["Do you offer a group discount?", "is there a group discount for our hiking club", "group discount for a school trip?"],
    answer: "Groups of 10 or more people get 15% off one order with a group discount. Email groups@kestrel.example with the list of items and we send a quote within two working days.",
    gap: true,
  },
];
const NAMES = ["Maria", "Tom", "Aisha", "Lukas", "Chen", "Priya", "Jonas", "Emma", "Diego", "Sofia"];
const PAGES = [
  { path: "/", title: "Kestrel Outdoor Co." },
  { path: "/help/delivery", title: "Delivery" },
  { path: "/help/returns", title: "Returns" },
  { path: "/tents", title: "Tents" },
];

export function historyStories(options: HistoryOptions): HistoryStory[] {
  const random = mulberry32(seedOf(`${options.workspaceId}:${options.today}`));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (min: number, max: number) => min + random() * (max - min);
  // Waits are skewed: most short, a few long.
  const skewed = (min: number, max: number) => min + (max - min) * random() ** 3;
  const stories: HistoryStory[] = [];
  for (let i = 0; i < options.count; i++) {
    const day = 1 + Math.floor(random() * 56);
    // Busier on weekdays' working hours, quieter in the evening.
    const hour = Math.min(22, Math.max(7, Math.round(13 + (random() + random() + random() - 1.5) * 6)));
    let at = options.today - day * DAY + hour * 3_600_000 + Math.floor(random() * 60) * MINUTE;
    const steps: HistoryStep[] = [];
    const need = pick(QUESTIONS);
    // The wording by the story's number: another random draw would change every later story (and the reports' figures).
    const question = need.asked[i % need.asked.length] ?? "";
    steps.push({ kind: "visitor", at, text: question });
    at += Math.round(between(1_500, 6_000));
    const handedOff = random() < 0.42;
    const drawn = handedOff ? between(0.2, 0.6) : between(0.6, 0.97);
    // What the knowledge base does not cover, the AI declines.
    const confidence = need.gap ? drawn / 4 : drawn;
    const aiText = confidence < 0.3 ? "I'm not sure about that one: I can't find it in our help centre." : `Here is what our help centre says about “${question}”`;
    steps.push({ kind: "ai", at, text: aiText, confidence, declined: confidence < 0.3, helpful: random() < 0.35 ? random() < (handedOff ? 0.35 : 0.85) : null });
    const tier = random() < 0.15 ? "pro" : undefined;
    let agent: HistoryAgent | null = null;
    let verdict: HistoryStory["verdict"] = null;
    if (handedOff) {
      const trigger = weighted(TRIGGERS, random);
      const topic = trigger.topics ? pick(trigger.topics) : undefined;
      at += Math.round(between(10_000, 3 * MINUTE));
      const decision: EscalationDecision = {
        seq: 2,
        phase: trigger.name === "button" ? "button" : trigger.name === "critical_low_confidence" || trigger.name === "going_in_circles" ? "after_ai" : "visitor_message",
        action: "handoff",
        reason: trigger.summary(topic ?? ""),
        signals: trigger.name === "button" ? [] : [{ name: trigger.name, action: "handoff", score: Math.round(between(0.6, 0.99) * 100) / 100, evidence: [], summary: trigger.summary(topic ?? ""), seq: 2, ...(topic ? { topic } : {}) }],
        at,
      };
      const teamId = (topic && options.topicTeams[topic]) ?? (tier === "pro" && options.proTeam ? options.proTeam : "all");
      steps.push({ kind: "handoff", at, decision, teamId });
      agent = pick(options.agents);
      at += Math.round(skewed(8_000, 18 * MINUTE));
      steps.push({ kind: "claim", at, agent });
      at += Math.round(between(5_000, 90_000));
      steps.push({ kind: "agent", at, agent, text: "Hi, I'm here and I've read the conversation — let me sort this out." });
      steps.push({ kind: "agent", at: at + 40_000, agent, text: need.answer });
      at += Math.round(between(2 * MINUTE, 25 * MINUTE));
      steps.push({ kind: "resolve", at, agent });
      if (random() < 0.15) verdict = { verdict: trigger.name === "frustration" ? "too_late" : "not_needed", agentId: agent.id, at: at + 1000 };
    } else {
      at += Math.round(between(30_000, 4 * MINUTE));
      steps.push({ kind: "resolve", at, agent: null });
    }
    if (random() < 0.08) {
      // Reopened: the visitor writes again a day or two later; some of those go to a person again.
      at += Math.round(between(0.5, 2.5) * DAY);
      steps.push({ kind: "reopen", at }, { kind: "visitor", at, text: "Sorry, one more thing about this." });
      at += 3_000;
      steps.push({ kind: "ai", at, text: "Of course — here is the rest of it.", confidence: between(0.5, 0.9), declined: false, helpful: null });
      at += Math.round(between(MINUTE, 5 * MINUTE));
      steps.push({ kind: "resolve", at, agent });
    }
    const rated = random() < 0.45;
    const base = handedOff ? 4.2 : 4.0;
    const score = Math.max(1, Math.min(5, Math.round(base + (random() - 0.6) * 3)));
    stories.push({
      id: `hist-${options.workspaceId}-${String(i).padStart(4, "0")}`,
      workspaceId: options.workspaceId,
      siteId: options.siteId,
      visitor: { ...(random() < 0.6 ? { name: pick(NAMES) } : {}), ...(tier ? { tier } : {}) },
      page: ((p) => ({ url: `${options.origin}${p.path}`, title: p.title }))(pick(PAGES)),
      steps,
      rating: rated ? { score, path: handedOff ? "human" : "ai", agentId: agent?.id ?? null, comment: score <= 2 ? "Took too long." : null, at: at + 20_000 } : null,
      verdict,
    });
  }
  return stories;
}

function weighted<T extends { weight: number }>(items: readonly T[], random: () => number): T {
  let left = random() * items.reduce((sum, item) => sum + item.weight, 0);
  for (const item of items) if ((left -= item.weight) < 0) return item;
  return items[items.length - 1] as T;
}
