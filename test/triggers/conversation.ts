import type { AiMeta, ChatMessage } from "../../worker/protocol/index.ts";
import { evaluateTriggers, type Decision } from "../../worker/triggers/engine.ts";
import { DEFAULT_POLICY, TriggerPolicy, type TriggerPolicyInput } from "../../worker/triggers/policy.ts";

/** Builds conversations for trigger tests: messages get consecutive seqs, like the message log assigns. */
export class Conversation {
  readonly history: ChatMessage[] = [];

  constructor(greeting = "Hi! Ask me anything, or ask for a person at any time.") {
    this.push("ai", greeting);
  }

  visitor(text: string): this {
    this.push("visitor", text);
    return this;
  }

  /** An AI answer with what it knew; confident and cited unless told otherwise. */
  ai(text: string, meta: Partial<AiMeta> = {}): this {
    this.push("ai", text, {
      provider: "embedded",
      model: "test",
      confidence: 0.9,
      citations: [{ articleId: "a1", title: "Article", url: null }],
      declined: false,
      latencyMs: 5,
      retrieval: [],
      ...meta,
    });
    return this;
  }

  declined(): this {
    return this.ai("I couldn't find that in our help articles. Would you like me to connect you with a person?", {
      confidence: 0.1,
      declined: true,
      citations: [],
    });
  }

  agent(text: string): this {
    this.push("agent", text);
    return this;
  }

  private push(role: ChatMessage["role"], text: string, ai?: AiMeta): void {
    const seq = this.history.length + 1;
    const author = role === "agent" ? "Sam" : null;
    const authorId = role === "agent" ? "agent-sam" : null;
    this.history.push({ seq, id: `m${seq}`, clientId: null, role, author, authorId, text, at: seq * 1000, ...(ai ? { ai } : {}) });
  }
}

export function policy(input: TriggerPolicyInput = {}): TriggerPolicy {
  return TriggerPolicy.parse(input);
}

/** The decision on the visitor's newest message. */
export function onVisitor(conversation: Conversation, p: TriggerPolicy = DEFAULT_POLICY, negative?: number): Decision {
  return evaluateTriggers({
    phase: "visitor_message",
    history: conversation.history,
    policy: p,
    modelSentiment: negative === undefined ? null : { negative },
  });
}

/** The decision after the AI's newest answer. */
export function afterAi(conversation: Conversation, p: TriggerPolicy = DEFAULT_POLICY): Decision {
  return evaluateTriggers({ phase: "after_ai", history: conversation.history, policy: p });
}

/** A fresh conversation whose newest message is `text`, decided on. */
export function firstMessage(text: string, p: TriggerPolicy = DEFAULT_POLICY): Decision {
  return onVisitor(new Conversation().visitor(text), p);
}
