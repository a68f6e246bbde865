import { describe, expect, it } from "vitest";
import { questionSimilarity } from "../../worker/triggers/similarity.ts";
import { afterAi, Conversation, onVisitor, policy } from "./conversation.ts";

describe("going in circles", () => {
  it("measures word overlap on stems", () => {
    expect(questionSimilarity("how do refunds work?", "how does a refund work").score).toBe(1);
    expect(questionSimilarity("where is my parcel", "do you sell tents").score).toBe(0);
    expect(questionSimilarity("yes", "yes").score).toBe(0);
  });

  it("hands off when the visitor asks the same thing again after an answer", () => {
    const conversation = new Conversation()
      .visitor("how long does delivery to Ireland take?")
      .ai("We deliver across the EU.", { confidence: 0.55 })
      .visitor("but how long does delivery take to Ireland");
    const decision = onVisitor(conversation);
    expect(decision.action).toBe("handoff");
    expect(decision.signals[0]).toMatchObject({ name: "going_in_circles", score: 1 });
    expect(decision.signals[0]?.evidence[0]).toContain("message #2");
  });

  it("offers instead when the policy says so", () => {
    const conversation = new Conversation()
      .visitor("can I return worn boots?")
      .ai("Returns are accepted within 30 days.")
      .visitor("can I return boots I have worn");
    expect(onVisitor(conversation, policy({ circlesAction: "offer" })).action).toBe("offer_human");
  });

  it("does not count a question split over two messages before any answer", () => {
    const conversation = new Conversation().visitor("delivery to Ireland").visitor("how long does delivery to Ireland take?");
    expect(onVisitor(conversation).action).toBe("stay");
  });

  it("does not count a new question", () => {
    const conversation = new Conversation()
      .visitor("how long does delivery to Ireland take?")
      .ai("2 to 4 working days.")
      .visitor("and do you deliver to Iceland as well?");
    expect(onVisitor(conversation).action).toBe("stay");
  });

  it("fires after N unsure answers in a row", () => {
    const conversation = new Conversation()
      .visitor("do you rent kayaks?")
      .declined()
      .visitor("what about canoes then")
      .ai("We sell canoe paddles.", { confidence: 0.3 });
    const decision = afterAi(conversation);
    expect(decision.action).toBe("handoff");
    expect(decision.signals[0]).toMatchObject({
      name: "going_in_circles",
      evidence: ["2 unsure AI answers in a row (at least 2)", "answers: declined, 0.30"],
    });
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
    expect(afterAi(conversation, policy({ thresholds: { circlesLowConfidenceRun: 1 } })).action).toBe("handoff");
  });

  it("starts over after a human agent has answered", () => {
    const conversation = new Conversation()
      .visitor("do you rent kayaks?")
      .declined()
      .agent("We don't, sorry!")
      .visitor("do you rent canoes?")
      .declined();
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("never fires on the length of a calm conversation alone", () => {
    const conversation = new Conversation();
    for (let i = 0; i < 15; i++) conversation.visitor(`what colours does the tent model ${i} come in?`).ai("Green and grey.");
    expect(onVisitor(conversation.visitor("thanks, and the price of model 99?")).action).toBe("stay");
    expect(afterAi(conversation.ai("It is 199 euros."))).toMatchObject({ action: "stay", reason: "No escalation signal." });
  });
});
