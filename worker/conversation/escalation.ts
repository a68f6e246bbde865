import { judgeIntent } from "../ai/intent-judge.ts";
import type { AiAnswer } from "../ai/provider.ts";
import { modelSentiment } from "../ai/sentiment-model.ts";
import { buildBriefing } from "../briefing/build-briefing.ts";
import { readConfig } from "../config.ts";
import type { SocketHub } from "../durable/sockets.ts";
import type { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import type { ChatMessage, EscalationDecision, TriggerEvidence } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";
import { evaluateTriggers, type Decision, type TriggerPhase } from "../triggers/engine.ts";
import { messageLanguage } from "../triggers/language.ts";
import { settleAnswer } from "./answer-wording.ts";
import type { ConversationRecord } from "./conversation-record.ts";
import type { MessageLog } from "./message-log.ts";
import type { ConversationEvent, Transition } from "./state-machine.ts";

/** What the escalation logic needs from its conversation. */
export interface EscalationHost {
  env: Env;
  record: ConversationRecord;
  log: MessageLog;
  hub: SocketHub;
  timers: Timers;
  change(event: ConversationEvent, patch: Parameters<ConversationRecord["update"]>[0]): Transition;
  /** Hands the conversation to a person: which team, or a follow-up when nobody can (conversation/routing.ts). */
  route(decision: EscalationDecision): void;
  /** The briefing changed while it waits: the queue entry shows the new summary. */
  requeue(): void;
  abortAi(reason: string): void;
  /** The record changed outside a state transition: D1 should follow. */
  persisted(): void;
}

const HISTORY = 40;
/** Coalesces briefing rebuilds while the visitor keeps writing in the queue. */
const BRIEFING_DEBOUNCE_MS = 2000;

/**
 * Runs the trigger engine on every visitor message and after every AI turn,
 * stores each decision that is not "stay", offers a person or hands off, and
 * keeps the agent's briefing up to date while the conversation waits.
 */
export class Escalation {
  private readonly host: EscalationHost;

  constructor(host: EscalationHost) {
    this.host = host;
  }

  /**
   * Before the AI answers. Returns what was decided; on "handoff" the AI must
   * not answer. With Workers AI, the sentiment model reads English messages
   * (it knows no other language), and an LLM judges the messages the
   * classifier was unsure about, within its latency budget.
   */
  async onVisitorMessage(site: Site): Promise<Decision["action"]> {
    const history = this.host.log.recent(HISTORY);
    const latest = history.at(-1);
    const policy = site.settings.triggers;
    const workersAi = latest !== undefined && this.usesWorkersAi(site);
    const english = latest !== undefined && messageLanguage(latest.text) === "en";
    const sentiment = workersAi && english ? await modelSentiment(this.host.env.AI, latest.text) : null;
    let decision = evaluateTriggers({ phase: "visitor_message", history, policy, modelSentiment: sentiment });
    if (workersAi && decision.ambiguous) {
      const judgement = await judgeIntent(this.host.env.AI, site.settings.ai.model ?? readConfig(this.host.env).AI_MODEL, history);
      if (judgement) decision = evaluateTriggers({ phase: "visitor_message", history, policy, modelSentiment: sentiment, judgement });
    }
    return this.act(decision, "visitor_message");
  }

  /**
   * The AI's answer as it will be stored: when the triggers will hand off
   * right after it, an offer in its words ("Would you like me to connect
   * you…?") is dropped, since the visitor will not be asked.
   */
  settle(answer: AiAnswer, site: Site): AiAnswer {
    return settleAnswer(this.host.log.recent(HISTORY), answer, site.settings.triggers);
  }

  afterAi(site: Site): void {
    this.act(evaluateTriggers({ phase: "after_ai", history: this.host.log.recent(HISTORY), policy: site.settings.triggers }), "after_ai");
  }

  /**
   * The model judged its stored answer less sure than retrieval did: the
   * after-answer triggers look again with that confidence, if the answer is
   * still the latest word and the AI still has the conversation.
   */
  judged(message: ChatMessage, confidence: number, site: Site): void {
    const history = this.host.log.recent(HISTORY);
    const latest = history.at(-1);
    if (!latest?.ai || latest.seq !== message.seq || confidence >= latest.ai.confidence || this.host.record.require().state !== "bot") return;
    const rejudged = [...history.slice(0, -1), { ...latest, ai: { ...latest.ai, confidence } }];
    this.act(evaluateTriggers({ phase: "after_ai", history: rejudged, policy: site.settings.triggers }), "after_ai");
  }

  /** The visitor pressed "Talk to a person" (perhaps answering an offer): no questions asked. */
  requestHuman(): void {
    const last = this.host.record.require().decisions.at(-1);
    const offered = last?.action === "offer_human" && this.host.record.require().state === "bot";
    const reason = offered ? `Accepted the offer of a person: ${last.reason}` : "Asked for a person (“Talk to a person” button)";
    const signals: TriggerEvidence[] = offered ? last.signals : [];
    this.handoff(this.remember({ seq: this.host.log.lastSeq(), phase: "button", action: "handoff", reason, signals, at: Date.now() }));
  }

  /** Rebuilds the briefing (timer "briefing"): pushed to agents and to the queue entry. */
  async refreshBriefing(site: Site): Promise<void> {
    const conversation = this.host.record.require();
    if (conversation.state === "bot" || conversation.state === "resolved") return;
    const triggers = conversation.decisions.flatMap((d) => d.signals);
    const briefing = await buildBriefing(this.host.env, site, {
      conversation,
      messages: this.host.log.after(0),
      triggers,
      reason: conversation.triggerReason ?? "",
    });
    const current = this.host.record.require();
    this.host.record.update({ briefing }, Date.now());
    this.host.persisted();
    this.host.hub.broadcast({ type: "briefing", briefing }, { role: "agent" });
    if (current.state === "queued") this.host.requeue();
  }

  scheduleBriefing(delayMs = BRIEFING_DEBOUNCE_MS): void {
    this.host.timers.schedule("briefing", Date.now() + delayMs);
  }

  private act(decision: Decision, phase: TriggerPhase): Decision["action"] {
    if (decision.action === "stay") return "stay";
    const seq = this.host.log.lastSeq();
    const language = decision.language ? { language: decision.language } : {};
    const signals = decision.signals.map((s) => ({ name: s.name, action: s.action, score: s.score, evidence: s.evidence, summary: s.summary, seq, ...language, ...(s.topic ? { topic: s.topic } : {}) }));
    const stored = this.remember({ seq, phase, action: decision.action, reason: decision.reason, signals, at: Date.now() });
    if (decision.action === "handoff") this.handoff(stored);
    else this.host.hub.broadcast({ type: "offer_human", reason: decision.reason, signals }, { role: "visitor" });
    return decision.action;
  }

  private remember(decision: EscalationDecision): EscalationDecision {
    const conversation = this.host.record.require();
    this.host.record.update({ decisions: [...conversation.decisions, decision] }, Date.now());
    this.host.persisted();
    return decision;
  }

  private handoff(decision: EscalationDecision): void {
    const state = this.host.record.require().state;
    if (state !== "bot" && state !== "resolved") return;
    if (state === "resolved") this.host.change("reopen", { agent: null, resolvedAt: null });
    this.host.abortAi("handed off to a person");
    this.host.route(decision);
    this.scheduleBriefing(0);
  }

  private usesWorkersAi(site: Site): boolean {
    return (site.settings.ai.provider ?? readConfig(this.host.env).AI_PROVIDER) === "workers-ai";
  }
}
