import { describe, expect, it } from "vitest";
import { DECLINE_TEXT } from "../../worker/ai/embedded-provider.ts";
import type { AiAnswer } from "../../worker/ai/provider.ts";
import { settleAnswer } from "../../worker/conversation/answer-wording.ts";
import { DEFAULT_POLICY } from "../../worker/triggers/policy.ts";
import { Conversation } from "./conversation.ts";

const declined: AiAnswer = {
  text: DECLINE_TEXT,
  meta: { provider: "embedded", model: "test", confidence: 0.1, citations: [], declined: true, latencyMs: 1, retrieval: [] },
};

describe("the AI's words match what happens next", () => {
  it("keeps the question when the visitor is the one to decide", () => {
    const history = new Conversation().visitor("do you rent kayaks?").history;
    expect(settleAnswer(history, declined, DEFAULT_POLICY).text).toBe(DECLINE_TEXT);
  });

  it("drops the offer when the conversation is handed off right after the answer", () => {
    // A refund dispute the AI cannot answer goes to a person at once: asking first would be a promise not kept.
    const history = new Conversation().visitor("I was charged twice for my order and want the money back").history;
    const settled = settleAnswer(history, declined, DEFAULT_POLICY).text;
    expect(settled).not.toMatch(/\?/);
    expect(settled).toMatch(/^I couldn't find that in our help articles/);
  });

  it("drops a hedge's stated offer too", () => {
    const hedged: AiAnswer = {
      text: "I'm not completely sure this answers your question, but our help centre says: Refunds take 5 days. If that's not it, I can connect you with a person.",
      meta: { ...declined.meta, declined: false, confidence: 0.3 },
    };
    const history = new Conversation().visitor("I was charged twice for my order and want the money back").history;
    expect(settleAnswer(history, hedged, DEFAULT_POLICY).text).toBe("I'm not completely sure this answers your question, but our help centre says: Refunds take 5 days.");
  });
});
