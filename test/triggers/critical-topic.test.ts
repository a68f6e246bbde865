import { describe, expect, it } from "vitest";
import { afterAi, Conversation, policy } from "./conversation.ts";

describe("low confidence on a critical topic", () => {
  it("does not hand off a confident knowledge-base answer about refunds", () => {
    const conversation = new Conversation()
      .visitor("how do refunds work?")
      .ai("After the return arrives we refund you within 3 working days.", { confidence: 0.82 });
    expect(afterAi(conversation)).toMatchObject({ action: "stay", signals: [] });
  });

  it("hands off when the AI is unsure about a refund request", () => {
    const conversation = new Conversation()
      .visitor("I sent the boots back a month ago and I want my money back")
      .ai("Refunds go back to your original payment method.", { confidence: 0.31 });
    const decision = afterAi(conversation);
    expect(decision.action).toBe("handoff");
    expect(decision.signals[0]).toMatchObject({
      name: "critical_low_confidence",
      evidence: ["topic: Refund request", "“money back”", "confidence 0.31 < 0.50"],
    });
    expect(decision.reason).toContain("Refund request");
  });

  it("hands off when the AI declines on a cancellation", () => {
    const conversation = new Conversation().visitor("please cancel my subscription to the gear club").declined();
    const decision = afterAi(conversation);
    expect(decision.action).toBe("handoff");
    expect(decision.signals[0]?.evidence).toContain("AI declined");
  });

  it.each([
    "I was charged twice for the same jacket",
    "someone logged into my account and changed the email",
    "is it legal to sell my data like that?",
    "I want to file a complaint about the courier",
  ])("knows %j is critical", (text) => {
    const conversation = new Conversation().visitor(text).ai("Here is what I found.", { confidence: 0.2 });
    expect(afterAi(conversation).signals[0]?.name).toBe("critical_low_confidence");
  });

  it("leaves an unsure answer on an ordinary topic with the AI", () => {
    const conversation = new Conversation().visitor("do you sell gas canisters for camping stoves?").declined();
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("keeps questions about policies and fees with the AI, even unsure", () => {
    for (const text of [
      "what is your refund policy for sale items?",
      "in which situations can I ask for a refund?",
      "how much is the cancellation fee?",
      "I'm waiting for a refund of $40, has it been processed?",
    ]) {
      const conversation = new Conversation().visitor(text).ai("Here is what I found.", { confidence: 0.3 });
      expect(afterAi(conversation).action, text).toBe("stay");
    }
  });

  it("remembers the topic from the visitor's earlier message", () => {
    const conversation = new Conversation()
      .visitor("you charged me twice for order 5512")
      .ai("Can you tell me more?", { confidence: 0.6 })
      .visitor("it was on the 3rd of May, both on my Visa")
      .ai("I'm not sure about that.", { confidence: 0.2 });
    expect(afterAi(conversation).signals[0]?.evidence[0]).toBe("topic: Billing dispute");
  });

  it("uses the policy's threshold and action, and the site's own topics", () => {
    const site = policy({
      thresholds: { criticalConfidence: 0.8 },
      criticalAction: "offer",
      extraCriticalTopics: [{ name: "rental", label: "Gear rental", patterns: ["rent/rental/hire tent/kayak/canoe"] }],
    });
    const conversation = new Conversation().visitor("can I hire a canoe for the weekend?").ai("Maybe.", { confidence: 0.7 });
    expect(afterAi(conversation, site)).toMatchObject({
      action: "offer_human",
      signals: [{ evidence: ["topic: Gear rental", "“hire a canoe”", "confidence 0.70 < 0.80"] }],
    });
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("is off when the policy turns it off", () => {
    const conversation = new Conversation().visitor("I want a refund now").declined();
    expect(afterAi(conversation, policy({ signals: { criticalLowConfidence: false, goingInCircles: false } })).action).toBe("stay");
  });

  it("does not reach back past a human agent's reply for the topic", () => {
    const conversation = new Conversation()
      .visitor("you charged me twice for order 5512")
      .agent("Refunded the second charge, sorry about that!")
      .visitor("thanks, and do you sell gas canisters?")
      .ai("I'm not sure about that.", { confidence: 0.2 });
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("reads the topic from the visitor's last three messages only", () => {
    const conversation = new Conversation()
      .visitor("you charged me twice for order 5512")
      .visitor("it was on the 3rd of May")
      .visitor("both on my Visa")
      .visitor("the card ends in 4242")
      .ai("I'm not sure about that.", { confidence: 0.2 });
    expect(afterAi(conversation).action).toBe("stay");
    expect(afterAi(new Conversation().visitor("you charged me twice").visitor("on my Visa").visitor("card ends in 4242").ai("Hmm.", { confidence: 0.2 }))).toMatchObject({
      action: "handoff",
      signals: [{ name: "critical_low_confidence", topic: "billing_dispute" }],
    });
  });

  it("says how sure the AI was, and scores by how unsure", () => {
    const unsure = afterAi(new Conversation().visitor("I want my money back").ai("Maybe.", { confidence: 0.3 }));
    expect(unsure.signals[0]).toMatchObject({ score: 0.7 });
    expect(unsure.reason).toBe("Critical topic “Refund request” and the AI was unsure (confidence 0.30): “money back”");
    const declined = afterAi(new Conversation().visitor("I want my money back").declined());
    expect(declined.signals[0]).toMatchObject({ score: 1 });
    expect(declined.reason).toBe("Critical topic “Refund request” and the AI had no answer: “money back”");
    // At the threshold the AI's answer stands.
    expect(afterAi(new Conversation().visitor("I want my money back").ai("Here.", { confidence: 0.5 })).action).toBe("stay");
  });
});
