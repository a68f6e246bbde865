import { describe, expect, it } from "vitest";
import { questionSimilarity } from "../../worker/triggers/similarity.ts";
import { afterAi, Conversation, onVisitor, policy } from "./conversation.ts";

describe("going in circles: stuck on one need", () => {
  it("measures word overlap on stems", () => {
    expect(questionSimilarity("how do refunds work?", "how does a refund work").score).toBe(1);
    expect(questionSimilarity("where is my parcel", "do you sell tents").score).toBe(0);
    expect(questionSimilarity("yes", "yes").score).toBe(0);
  });

  it("offers a person when the visitor asks the same thing again after an answer, and hands off the third time", () => {
    const conversation = new Conversation()
      .visitor("how long does delivery to Ireland take?")
      .ai("We deliver across the EU.", { confidence: 0.55 })
      .visitor("but how long does delivery take to Ireland");
    const again = onVisitor(conversation);
    expect(again.action).toBe("offer_human");
    expect(again.signals[0]).toMatchObject({ name: "going_in_circles", score: 1 });
    expect(again.signals[0]?.evidence[0]).toContain("message #2");
    conversation.ai("We deliver across the EU.", { confidence: 0.55 }).visitor("delivery to Ireland, how long does it take?");
    expect(onVisitor(conversation)).toMatchObject({ action: "handoff", signals: [{ name: "going_in_circles" }] });
  });

  it("hands off at the first repeat when the visitor's mood drops", () => {
    const conversation = new Conversation()
      .visitor("can I return worn boots?")
      .ai("Returns are accepted within 30 days.")
      .visitor("can I return boots I have worn?? this is ridiculous, answer the question");
    expect(onVisitor(conversation).signals.find((s) => s.name === "going_in_circles")?.action).toBe("handoff");
  });

  it("keeps offering when the policy says so", () => {
    const conversation = new Conversation()
      .visitor("can I return worn boots?")
      .ai("Returns are accepted within 30 days.")
      .visitor("can I return boots I have worn")
      .ai("Returns are accepted within 30 days.")
      .visitor("return worn boots: can I?");
    expect(onVisitor(conversation, policy({ circlesAction: "offer" })).action).toBe("offer_human");
  });

  it("does not count a question split over two messages before any answer", () => {
    const conversation = new Conversation().visitor("delivery to Ireland").visitor("how long does delivery to Ireland take?");
    expect(onVisitor(conversation).action).toBe("stay");
  });

  it("does not count a new question, even on the same subject", () => {
    const conversation = new Conversation()
      .visitor("how long does delivery to Ireland take?")
      .ai("2 to 4 working days.")
      .visitor("and do you deliver to Iceland as well?");
    expect(onVisitor(conversation).action).toBe("stay");
    const delivery = new Conversation().visitor("how long does delivery take?").ai("2 to 4 working days.").visitor("how much is express delivery?");
    expect(onVisitor(delivery).action).toBe("stay");
  });

  it("stays calm when the AI could not answer two different questions", () => {
    const conversation = new Conversation().visitor("do you rent kayaks?").declined().visitor("ok, do you sell bike helmets?").declined();
    expect(afterAi(conversation).action).toBe("stay");
    conversation.visitor("alright, how long does delivery take?").ai("2 to 4 working days.");
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("offers a person when the AI is unsure twice about one need, and hands off the third time", () => {
    const conversation = new Conversation()
      .visitor("do you rent kayaks?")
      .declined()
      .visitor("can I hire a kayak for the weekend?")
      .ai("We sell kayak paddles.", { confidence: 0.3 });
    const twice = afterAi(conversation);
    expect(twice.action).toBe("offer_human");
    expect(twice.signals[0]).toMatchObject({
      name: "going_in_circles",
      evidence: ["2 unsure AI answers about one need (offer from 2)", "answers: declined, 0.30", expect.stringContaining("kayak")],
    });
    conversation.visitor("is rental of kayaks something you offer at all?").declined();
    expect(afterAi(conversation)).toMatchObject({ action: "handoff", signals: [{ name: "going_in_circles" }] });
  });

  it("catches the same question asked three ways while the AI keeps giving the same answer", () => {
    const answer = "Standard delivery to the UK costs £5.95 and takes 3 to 5 working days.";
    const conversation = new Conversation()
      .visitor("How much does shipping to the UK cost?")
      .ai(answer)
      .visitor("what's the price to send an order to the United Kingdom?")
      .ai(answer);
    expect(afterAi(conversation).action).toBe("stay");
    conversation.visitor("UK delivery, how much is it?").ai(answer);
    expect(afterAi(conversation)).toMatchObject({ action: "offer_human", signals: [{ name: "going_in_circles" }] });
  });

  it("does not fire on one unsure answer, the greeting, or a confident answer in between", () => {
    expect(afterAi(new Conversation().visitor("do you rent kayaks?").declined()).action).toBe("stay");
    const broken = new Conversation()
      .visitor("do you rent kayaks?")
      .declined()
      .visitor("do you sell tents?")
      .ai("Yes, see our tents page.", { confidence: 0.9 })
      .visitor("and rent canoes?")
      .declined();
    expect(afterAi(broken).action).toBe("stay");
  });

  it("follows the policy's N", () => {
    const conversation = new Conversation().visitor("do you rent kayaks?").declined();
    expect(afterAi(conversation, policy({ thresholds: { circlesLowConfidenceRun: 1 } })).action).toBe("offer_human");
  });

  it("starts over after a human agent has answered", () => {
    const conversation = new Conversation()
      .visitor("do you rent kayaks?")
      .declined()
      .agent("We don't, sorry!")
      .visitor("do you rent kayaks for groups?")
      .declined();
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("never fires on the length of a calm conversation alone", () => {
    const conversation = new Conversation();
    for (let i = 0; i < 15; i++) conversation.visitor(`what colours does the tent model ${i} come in?`).ai(`Model ${i} comes in green and grey.`);
    expect(onVisitor(conversation.visitor("thanks, and the price of model 99?")).action).toBe("stay");
    expect(afterAi(conversation.ai("It is 199 euros."))).toMatchObject({ action: "stay", reason: "No escalation signal." });
  });
});
