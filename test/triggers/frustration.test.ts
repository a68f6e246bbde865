import { describe, expect, it } from "vitest";
import { sentimentTrend, trendOf } from "../../worker/triggers/frustration.ts";
import { isShouting, readFrustration } from "../../worker/triggers/frustration-score.ts";
import { Conversation, firstMessage, onVisitor, policy } from "./conversation.ts";

const read = (text: string, earlierLengths: number[] = []) => readFrustration(text, { earlierLengths });
const frustration = (text: string) => firstMessage(text).signals.find((s) => s.name === "frustration");

describe("frustration score", () => {
  it("is zero for an ordinary question", () => {
    expect(read("Can you tell me when my order will arrive?").score).toBe(0);
    expect(read("how do refunds work?").score).toBe(0);
  });

  it("does not count support vocabulary as negative (problem, error, cancel, lost)", () => {
    expect(read("I have a problem with a payment error and want to cancel my lost order").score).toBe(0);
  });

  it("names the negative words from the lexicon", () => {
    const reading = read("the tent arrived torn and the zip is awful");
    expect(reading.score).toBeGreaterThan(0);
    expect(reading.evidence.join(" ")).toContain("awful");
  });

  it("reads a positive word after a negation as negative, and says so", () => {
    expect(read("I'm not happy with this at all").evidence.join(" ")).toContain("not happy");
  });

  it("keeps swearing alone below the offer threshold", () => {
    const reading = read("where is my damn parcel");
    expect(reading.evidence).toContain("profanity: damn");
    expect(reading.score).toBeLessThan(0.5);
    expect(frustration("how do I change my damn password")).toBeUndefined();
  });

  it("offers a person when the visitor says the chat is failing", () => {
    for (const text of ["this is useless", "what a waste of time", "you're not helping", "Esto no sirve para nada", "C'est une perte de temps"]) {
      expect(frustration(text), text).toMatchObject({ name: "frustration", action: "offer_human" });
    }
  });

  it("offers a person when mild complaints about the answers come together", () => {
    for (const text of ["seriously?? that doesn't answer anything", "that does not answer my question", "seriously, you keep repeating the same answer"]) {
      expect(frustration(text), text).toMatchObject({ name: "frustration", action: "offer_human" });
    }
    // For the rules one mild cue alone is not enough…
    for (const text of ["this isn't what I asked", "is the same answer true for Spain?", "I keep getting charged twice"]) {
      expect(read(text).score, text).toBeLessThan(0.5);
    }
    // …the classifier hears the visitor saying the answer missed, and not a question that shares its words.
    expect(frustration("this isn't what I asked")).toMatchObject({ action: "offer_human" });
    expect(frustration("is the same answer true for Spain?")).toBeUndefined();
  });

  it("does not read 'not registered, help' as 'not helping'", () => {
    expect(read("I am not registered, help me create an account").score).toBe(0);
  });

  it("hands off when frustration is severe", () => {
    const signal = frustration("THIS IS RIDICULOUS, WHERE IS MY ORDER???");
    expect(signal?.action).toBe("handoff");
    expect(signal?.evidence).toEqual(expect.arrayContaining(["SHOUTING (mostly capitals)", "punctuation: ???"]));
  });

  it("hands off at the offer threshold when the policy says so", () => {
    const decision = firstMessage("this is useless", policy({ frustrationAction: "handoff" }));
    expect(decision.action).toBe("handoff");
  });

  it("counts repeated punctuation", () => {
    expect(read("why??").evidence).toContain("punctuation: ??");
    expect(read("why?").score).toBe(0);
  });

  it("tells shouting from acronyms", () => {
    expect(isShouting("WHY IS NOBODY ANSWERING ME")).toBe(true);
    expect(isShouting("Is my GDPR request for order KX-2231 done?")).toBe(false);
  });

  it("notices a clipped reply after long messages", () => {
    const reading = read("wrong.", [18, 22]);
    expect(reading.evidence.join(" ")).toContain("short reply");
    expect(read("thanks!", [18, 22]).score).toBe(0);
  });

  it("folds in the model's sentiment, which alone never offers", () => {
    const conversation = new Conversation().visitor("where is my order");
    expect(onVisitor(conversation, undefined, 0.99).action).toBe("stay");
    const withModel = read("this is useless");
    const frustrated = readFrustration("this is useless", { earlierLengths: [], modelNegative: 0.98 });
    expect(frustrated.score).toBeGreaterThan(withModel.score);
    expect(frustrated.evidence).toContain("model: 0.98 negative");
  });
});

describe("sentiment trend", () => {
  it("scores every visitor message and labels the direction", () => {
    const worse = new Conversation()
      .visitor("Hi, can you tell me about the delivery options to Spain?")
      .ai("We deliver to Spain in 3 to 5 working days.")
      .visitor("It has been two weeks and nothing arrived, still waiting")
      .ai("You can track your order from the link in your email.")
      .visitor("this is useless!!! I want my money back");
    const trend = sentimentTrend(worse.history);
    expect(trend.scores.map((s) => s.seq)).toEqual([2, 4, 6]);
    expect(trend.trend).toBe("worsening");
    const decision = onVisitor(worse);
    expect(decision.signals.find((s) => s.name === "frustration")?.evidence.join(" ")).toContain("worsening");
  });

  it("labels calming down as improving and a flat line as steady", () => {
    expect(trendOf([0.7, 0.6, 0.1])).toBe("improving");
    expect(trendOf([0.2, 0.25, 0.2])).toBe("steady");
    expect(trendOf([0.4])).toBe("steady");
  });
});
