import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import { pendingQuestion } from "../conversation/ai-turn.ts";
import { settleAnswer } from "../conversation/answer-wording.ts";
import type { ChatMessage } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";
import { evaluateTriggers, type Decision } from "../triggers/engine.ts";
import type { TriggerPolicy } from "../triggers/policy.ts";
import { actionRank } from "../triggers/signal.ts";

/** What happened on one visitor turn: the decision before the AI answered, the AI's answer, the decision after it. */
export interface TurnResult {
  visitor: string;
  before: Decision;
  answer: ChatMessage | null;
  after: Decision | null;
  /** The stronger of the two decisions. */
  action: Decision["action"];
}

/**
 * A conversation driven by scripted visitor messages through the product's
 * own logic, in the order the conversation's Durable Object runs it: the
 * trigger engine on the visitor's message; unless that hands off, the
 * embedded AI answers from the knowledge base and the engine runs again on
 * the answer. Once handed off, the AI says nothing more.
 */
export class ScriptedChat {
  readonly history: ChatMessage[] = [];
  handedOff = false;

  private readonly provider: EmbeddedProvider;
  private readonly site: Site;
  private readonly policy: TriggerPolicy;

  constructor(provider: EmbeddedProvider, site: Site, policy: TriggerPolicy) {
    this.provider = provider;
    this.site = site;
    this.policy = policy;
    this.push("ai", site.settings.greeting);
  }

  async visitor(text: string): Promise<TurnResult> {
    this.push("visitor", text);
    const before = evaluateTriggers({ phase: "visitor_message", history: this.history, policy: this.policy });
    if (before.action === "handoff" || this.handedOff) {
      this.handedOff = true;
      return { visitor: text, before, answer: null, after: null, action: "handoff" };
    }
    const drafted = await this.provider.answer({
      site: this.site,
      question: pendingQuestion(this.history),
      history: this.history.slice(-20),
      signal: new AbortController().signal,
      onDelta: () => {},
    });
    const reply = settleAnswer(this.history, drafted, this.policy);
    const answer = this.push("ai", reply.text, reply.meta);
    const after = evaluateTriggers({ phase: "after_ai", history: this.history, policy: this.policy });
    if (after.action === "handoff") this.handedOff = true;
    const action = actionRank(after.action) > actionRank(before.action) ? after.action : before.action;
    return { visitor: text, before, answer, after, action };
  }

  private push(role: ChatMessage["role"], text: string, ai?: ChatMessage["ai"]): ChatMessage {
    const seq = this.history.length + 1;
    const message: ChatMessage = { seq, id: `m${seq}`, clientId: null, role, author: null, authorId: null, text, at: seq, ...(ai ? { ai } : {}) };
    this.history.push(message);
    return message;
  }
}
