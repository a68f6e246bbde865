import { describe, expect, it } from "vitest";
import { evaluateTriggers } from "../../worker/triggers/engine.ts";
import { DEFAULT_POLICY } from "../../worker/triggers/policy.ts";
import { afterAi, Conversation, firstMessage, onVisitor, policy } from "./conversation.ts";

describe("trigger engine decision", () => {
  it("stays when nothing fires, and says so", () => {
    expect(firstMessage("what sizes does the Alpine jacket come in?")).toEqual({
      action: "stay",
      signals: [],
      reason: "No escalation signal.",
    });
  });

  it("lists every signal that fired; the strongest action wins", () => {
    const decision = firstMessage("this is useless, let me talk to a human");
    expect(decision.action).toBe("handoff");
    expect(decision.signals.map((s) => [s.name, s.action])).toEqual([
      ["explicit_request", "handoff"],
      ["frustration", "offer_human"],
    ]);
    expect(decision.reason).toBe("Asked for a person: “talk to a human” (also: frustration)");
    expect(decision.signals[1]?.evidence).toEqual(expect.arrayContaining(["phrases: “useless”"]));
  });

  it("keeps an offer an offer when nothing asks for more", () => {
    const decision = firstMessage("honestly this chat is a waste of time");
    expect(decision).toMatchObject({ action: "offer_human", signals: [{ name: "frustration" }] });
    expect(decision.reason).toMatch(/^Frustrated \(score 0\.\d\d\)/);
  });

  it("evaluates visitor signals on visitor messages and AI signals after AI turns", () => {
    const conversation = new Conversation().visitor("I want a refund for my broken stove");
    expect(onVisitor(conversation).action).toBe("stay");
    conversation.declined();
    expect(afterAi(conversation)).toMatchObject({ action: "handoff", signals: [{ name: "critical_low_confidence" }] });
    // The same history read in the other phase fires nothing: each signal has one moment.
    expect(onVisitor(conversation).action).toBe("stay");
  });

  it("does not hand off a confident KB answer to how refunds work", () => {
    const conversation = new Conversation().visitor("how do refunds work?");
    expect(onVisitor(conversation).action).toBe("stay");
    conversation.ai("We refund to your original payment method within 3 working days of the return arriving.", { confidence: 0.78 });
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("offers a person for a repeated question, then hands off or keeps offering, per policy", () => {
    const conversation = new Conversation()
      .visitor("how do I reset my password?")
      .ai("Use the 'Forgot password' link on the sign-in page.", { confidence: 0.8 })
      .visitor("how can I reset my password");
    expect(onVisitor(conversation).action).toBe("offer_human");
    conversation.ai("Use the 'Forgot password' link on the sign-in page.", { confidence: 0.8 }).visitor("reset my password, how?");
    expect(onVisitor(conversation).action).toBe("handoff");
    expect(onVisitor(conversation, policy({ circlesAction: "offer" })).action).toBe("offer_human");
  });

  it("ignores signals the policy turns off", () => {
    const quiet = policy({ signals: { explicitRequest: false, frustration: false } });
    expect(firstMessage("this is useless, let me talk to a human", quiet).action).toBe("stay");
  });

  it("stays when the phase does not match the newest message", () => {
    const conversation = new Conversation().visitor("can I talk to someone?");
    expect(afterAi(conversation).action).toBe("stay");
  });

  it("puts a stronger action first even when its detector runs later", () => {
    // The forced topic (an offer) is read before frustration (here a handoff): the order of detectors must not decide.
    const decision = firstMessage("I want to file a formal complaint, this is fucking useless!!!");
    expect(decision.action).toBe("handoff");
    expect(decision.signals.map((s) => [s.name, s.action])).toEqual([
      ["frustration", "handoff"],
      ["forced_topic", "offer_human"],
    ]);
    expect(decision.reason).toMatch(/^Frustrated .* \(also: forced topic\)$/);
  });

  it("orders signals of the same action by score", () => {
    const decision = firstMessage("I want to file a formal complaint");
    expect(decision.signals.map((s) => s.name)).toEqual(["forced_topic", "frustration"]);
    expect(decision.signals[0]!.score).toBeGreaterThan(decision.signals[1]!.score);
  });

  describe("the classifier's unsure middle, worth an LLM's opinion", () => {
    const vague = "meh, whatever";

    it("is flagged when the classifier leans towards frustration without being sure", () => {
      const decision = firstMessage(vague);
      expect(decision.action).toBe("stay");
      expect(decision.ambiguous?.upset).toBeGreaterThanOrEqual(0.3);
      expect(decision.ambiguous?.upset).toBeLessThan(0.8);
    });

    it("is not flagged when the classifier is sure, or reads nothing", () => {
      expect(firstMessage("ugh").ambiguous).toBeUndefined();
      expect(firstMessage("what sizes does the Alpine jacket come in?").ambiguous).toBeUndefined();
    });

    it("is not asked again once a judgement is in, nor when the classifier or the signal is off", () => {
      const history = new Conversation().visitor(vague).history;
      const judged = evaluateTriggers({
        phase: "visitor_message",
        history,
        policy: DEFAULT_POLICY,
        judgement: { wantsPerson: false, frustrated: false, topic: null, model: "llm" },
      });
      expect(judged.ambiguous).toBeUndefined();
      expect(firstMessage(vague, policy({ signals: { classifier: false } })).ambiguous).toBeUndefined();
      expect(firstMessage(vague, policy({ signals: { frustration: false } })).ambiguous).toBeUndefined();
    });

    it("is not flagged when a rule already hands the visitor off", () => {
      expect(firstMessage("I will sue you")).toMatchObject({ action: "handoff" });
      expect(firstMessage("I will sue you").ambiguous).toBeUndefined();
    });
  });
});
