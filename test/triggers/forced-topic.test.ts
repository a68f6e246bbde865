import { describe, expect, it } from "vitest";
import { firstMessage, policy } from "./conversation.ts";

describe("forced topics", () => {
  it.each([
    ["Legal threat", "if this isn't fixed I will sue you"],
    ["Legal threat", "my lawyer will be in touch"],
    ["Legal threat", "Mi abogado se pondrá en contacto"],
    ["Personal data request (GDPR)", "please delete all my personal data"],
    ["Personal data request (GDPR)", "this is a GDPR request"],
    ["Personal data request (GDPR)", "Bitte meine Daten löschen"],
    ["Enterprise or volume pricing", "do you offer volume discounts for 200 sleeping bags?"],
    ["Enterprise or volume pricing", "we are a school and want to buy in bulk"],
  ])("hands %s to a person: %j", (label, text) => {
    const decision = firstMessage(text);
    expect(decision.action).toBe("handoff");
    expect(decision.signals[0]).toMatchObject({ name: "forced_topic", action: "handoff" });
    expect(decision.signals[0]?.evidence[0]).toBe(`topic: ${label}`);
  });

  it("offers a person for a formal complaint, without handing off", () => {
    const decision = firstMessage("I'd like to lodge a complaint about your courier");
    expect(decision.action).toBe("offer_human");
    expect(decision.signals[0]).toMatchObject({ name: "forced_topic", evidence: ["topic: Formal complaint", "“complaint”"] });
  });

  it.each([
    "help using the pro account",
    "can I edit my personal information?",
    "where can I see the court shoes?",
    "how do I delete an item from my basket?",
    "I want to change my delivery address",
  ])("does not fire on %j", (text) => {
    expect(firstMessage(text).signals.filter((s) => s.name === "forced_topic")).toEqual([]);
  });

  it("lets a site add its own forced topic with its own phrases and action", () => {
    const site = policy({
      extraForcedTopics: [{ name: "press", label: "Press enquiry", patterns: ["journalist", "press/media enquiry/inquiry"], action: "offer" }],
    });
    const decision = firstMessage("I'm a journalist writing about outdoor brands", site);
    expect(decision).toMatchObject({
      action: "offer_human",
      signals: [{ name: "forced_topic", evidence: ["topic: Press enquiry", "“journalist”"] }],
    });
  });

  it("is off when the policy turns it off", () => {
    const decision = firstMessage("my lawyer will call you", policy({ signals: { forcedTopics: false } }));
    expect(decision.signals.map((s) => s.name)).not.toContain("forced_topic");
    expect(firstMessage("my lawyer will call you", policy({ signals: { forcedTopics: false, classifier: false } })).action).toBe("stay");
  });

  it("tells the agent whether the topic is always handed off or only offered", () => {
    expect(firstMessage("delete my personal data")).toMatchObject({
      action: "handoff",
      reason: "Personal data request (GDPR), always handled by a person: “delete my personal data”",
      signals: [{ name: "forced_topic", score: 1 }],
    });
    const offered = firstMessage("I want to file a formal complaint");
    expect(offered.reason).toMatch(/^Formal complaint: a person is offered \(“complaint”\)/);
    // Below an explicit request of the same action (score 1), so "complaint, let me talk to a human" reads as the request.
    expect(offered.signals[0]).toMatchObject({ name: "forced_topic", action: "offer_human", score: 0.9 });
  });
});
