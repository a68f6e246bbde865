import { describe, expect, it } from "vitest";
import { aiMayAnswer, transition, type ConversationEvent } from "../worker/conversation/state-machine.ts";
import { ConversationState } from "../worker/protocol/index.ts";

const STATES = ConversationState.options;
const EVENTS: ConversationEvent[] = ["handoff", "defer", "claim", "resolve", "hand_back", "release", "transfer", "reassign", "reopen"];

describe("the conversation state machine", () => {
  // Every arrow of the diagram in state-machine.ts, and nothing else: a missing arrow strands a conversation (an
  // emailed follow-up nobody can claim), an extra one lets an agent act on a conversation that is not theirs to touch.
  const legal: [ConversationState, ConversationEvent, ConversationState][] = [
    ["bot", "handoff", "queued"],
    ["bot", "defer", "followup"],
    ["queued", "claim", "assigned"],
    ["queued", "defer", "followup"],
    ["assigned", "resolve", "resolved"],
    ["assigned", "hand_back", "bot"],
    ["assigned", "release", "queued"],
    ["assigned", "transfer", "queued"],
    ["assigned", "reassign", "assigned"],
    ["resolved", "reopen", "bot"],
    ["resolved", "defer", "followup"],
    ["followup", "claim", "assigned"],
    ["followup", "resolve", "resolved"],
  ];
  it.each(legal)("%s --%s--> %s", (from, event, to) => {
    expect(transition(from, event)).toEqual({ ok: true, from, to });
  });

  it("rejects every other transition with a readable reason", () => {
    let rejected = 0;
    for (const from of STATES) {
      for (const event of EVENTS) {
        if (legal.some(([f, e]) => f === from && e === event)) continue;
        expect(transition(from, event), `${from} ${event}`).toEqual({ ok: false, from, event, message: expect.any(String) });
        rejected++;
      }
    }
    expect(rejected).toBe(STATES.length * EVENTS.length - legal.length);
  });

  it("names the event and the state in words in the rejection", () => {
    expect(transition("bot", "hand_back")).toMatchObject({ message: "cannot hand back a conversation that is bot" });
    expect(transition("followup", "reopen")).toMatchObject({ message: "cannot reopen a conversation that is followup" });
  });

  it("lets the AI answer only while no human is involved", () => {
    expect(STATES.map((s) => aiMayAnswer(s))).toEqual([true, false, false, false, false]);
  });

  it("lets the AI keep helping in the queue only when the site allows it, never once a person holds it", () => {
    expect(STATES.map((s) => aiMayAnswer(s, true))).toEqual([true, true, false, false, false]);
    expect(aiMayAnswer("queued", false)).toBe(false);
  });
});
