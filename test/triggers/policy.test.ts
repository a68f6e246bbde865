import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DEFAULT_POLICY, TriggerPolicy, criticalTopicsOf, forcedTopicsOf } from "../../worker/triggers/policy.ts";

describe("trigger policy", () => {
  it("parses {} into the documented defaults", () => {
    const policy = TriggerPolicy.parse({});
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(policy.signals).toEqual({
      explicitRequest: true,
      frustration: true,
      criticalLowConfidence: true,
      forcedTopics: true,
      goingInCircles: true,
      classifier: true,
    });
    expect(policy.thresholds).toEqual({
      frustrationOffer: 0.5,
      frustrationHandoff: 0.8,
      criticalConfidence: 0.5,
      circlesLowConfidenceRun: 2,
      circlesConfidence: 0.5,
      repeatSimilarity: 0.6,
      personOffer: 0.5,
      personHandoff: 0.6,
    });
    expect(policy.frustrationAction).toBe("offer");
  });

  it("ships the default critical and forced topics", () => {
    expect(criticalTopicsOf(DEFAULT_POLICY).map((t) => t.name)).toEqual([
      "billing_dispute", "refund", "cancellation", "account_security", "legal", "complaint",
    ]);
    expect(forcedTopicsOf(DEFAULT_POLICY).map((t) => [t.name, t.action])).toEqual([
      ["legal_threat", "handoff"], ["data_deletion", "handoff"], ["enterprise_pricing", "handoff"], ["formal_complaint", "offer"],
    ]);
  });

  it("fills in what a partial policy leaves out", () => {
    const policy = TriggerPolicy.parse({ thresholds: { criticalConfidence: 0.7 }, signals: { frustration: false } });
    expect(policy.thresholds.criticalConfidence).toBe(0.7);
    expect(policy.thresholds.circlesLowConfidenceRun).toBe(2);
    expect(policy.signals).toMatchObject({ frustration: false, explicitRequest: true });
  });

  it("adds a site's own topics to the defaults", () => {
    const policy = TriggerPolicy.parse({
      extraForcedTopics: [{ name: "recall", label: "Product recall", patterns: ["recall*", "safety notice"] }],
    });
    const forced = forcedTopicsOf(policy);
    expect(forced).toHaveLength(DEFAULT_POLICY.forcedTopics.length + 1);
    expect(forced.at(-1)).toMatchObject({ name: "recall", action: "handoff", exclude: [] });
  });

  it.each([
    ["a threshold above 1", { thresholds: { criticalConfidence: 1.5 } }],
    ["offer above handoff", { thresholds: { frustrationOffer: 0.9, frustrationHandoff: 0.6 } }],
    ["an unknown action", { frustrationAction: "escalate" }],
    ["a run of zero", { thresholds: { circlesLowConfidenceRun: 0 } }],
    ["a topic without patterns", { extraCriticalTopics: [{ name: "x", label: "X", patterns: [] }] }],
    ["a pattern with regex syntax", { extraCriticalTopics: [{ name: "x", label: "X", patterns: ["(refund|money)+"] }] }],
    ["a bad topic name", { extraForcedTopics: [{ name: "Has Spaces", label: "X", patterns: ["x"] }] }],
    ["a topic defined twice", { extraCriticalTopics: [{ name: "refund", label: "Refunds again", patterns: ["refund"] }] }],
  ])("rejects %s", (_what, input) => {
    expect(() => TriggerPolicy.parse(input)).toThrow(ZodError);
  });

  it("does not let a parsed policy share topic objects with the defaults", () => {
    const policy = TriggerPolicy.parse({});
    policy.criticalTopics[0]?.patterns.push("anything");
    expect(TriggerPolicy.parse({}).criticalTopics[0]?.patterns).not.toContain("anything");
  });
});
