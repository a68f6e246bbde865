import { describe, expect, it } from "vitest";
import { aiMayAnswer, transition, type ConversationEvent } from "../worker/conversation/state-machine.ts";
import type { ConversationState } from "../worker/protocol/index.ts";

describe("the conversation state machine", () => {
  const legal: [ConversationState, ConversationEvent, ConversationState][] = [
    ["bot", "handoff", "queued"],
    ["queued", "claim", "assigned"],
    ["assigned", "resolve", "resolved"],
    ["assigned", "hand_back", "bot"],
    ["resolved", "reopen", "bot"],
  ];
  it.each(legal)("%s --%s--> %s", (from, event, to) => {
    expect(transition(from, event)).toEqual({ ok: true, from, to });
  });

  it("rejects every other transition with a readable reason", () => {
    const states: ConversationState[] = ["bot", "queued", "assigned", "resolved"];
    const events: ConversationEvent[] = ["handoff", "claim", "resolve", "hand_back", "reopen"];
    for (const from of states) {
      for (const event of events) {
        if (legal.some(([f, e]) => f === from && e === event)) continue;
        const result = transition(from, event);
        expect(result.ok, `${from} ${event}`).toBe(false);
        if (!result.ok) expect(result.message).toContain(from);
      }
    }
  });

  it("lets the AI answer only while no human is involved", () => {
    expect(["bot", "queued", "assigned", "resolved"].map((s) => aiMayAnswer(s as ConversationState))).toEqual([true, false, false, false]);
  });
});
