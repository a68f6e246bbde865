import { z } from "zod";
import { DEFAULT_CRITICAL_TOPICS, DEFAULT_FORCED_TOPICS } from "./default-topics.ts";
import { MAX_PATTERN_WORDS, PATTERN_SYNTAX } from "./phrase-pattern.ts";

/**
 * When a conversation goes to a person. Every field has a default, so
 * `TriggerPolicy.parse({})` is the policy a new site gets; a site overrides
 * only what it needs (stored as JSON).
 */

const Pattern = z
  .string()
  .trim()
  .min(1)
  .max(160)
  .regex(PATTERN_SYNTAX, "use letters, digits, spaces, and the pattern marks / * = ' -")
  .refine((p) => p.split(/\s+/).length <= MAX_PATTERN_WORDS, `at most ${MAX_PATTERN_WORDS} words`);

/** A subject the site cares about, recognised by phrases (syntax in phrase-pattern.ts). */
export const Topic = z.object({
  /** Stable id, shown in evidence and reports. */
  name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "lower-case letters, digits and _ (max 40)"),
  /** What the agent reads ("Refund request"). */
  label: z.string().trim().min(1).max(80),
  /** Any of these in a visitor message puts the conversation on this topic… */
  patterns: z.array(Pattern).min(1).max(300),
  /** …unless one of these is in the same message ("refund policy" is a question, not a refund). */
  exclude: z.array(Pattern).max(100).default([]),
});
export type Topic = z.infer<typeof Topic>;

export const PolicyAction = z.enum(["offer", "handoff"]);
export type PolicyAction = z.infer<typeof PolicyAction>;

/** A topic that always goes to a person: handed off, or offered with a button. */
export const ForcedTopic = Topic.extend({ action: PolicyAction.default("handoff") });
export type ForcedTopic = z.infer<typeof ForcedTopic>;

const Share = z.number().min(0).max(1);

export const TriggerPolicy = z
  .object({
    /** Turn single signals off. */
    signals: z
      .object({
        explicitRequest: z.boolean().default(true),
        frustration: z.boolean().default(true),
        criticalLowConfidence: z.boolean().default(true),
        forcedTopics: z.boolean().default(true),
        goingInCircles: z.boolean().default(true),
        /** The learned classifier (worker/triggers/model/) beside the rules, for requests and frustration. */
        classifier: z.boolean().default(true),
      })
      .prefault({}),
    thresholds: z
      .object({
        /** Frustration score (0–1) at which a person is offered. */
        frustrationOffer: Share.default(0.5),
        /** Frustration score at which the visitor is handed off even when frustrationAction is "offer". */
        frustrationHandoff: Share.default(0.8),
        /** On a critical topic, AI answers below this confidence go to a person. */
        criticalConfidence: Share.default(0.5),
        /** This many low-confidence or declined AI answers about one need offer a person; one more goes per circlesAction. */
        circlesLowConfidenceRun: z.number().int().min(1).max(20).default(2),
        /** An AI answer below this confidence counts as unsure for the count above. */
        circlesConfidence: Share.default(0.5),
        /** Word overlap (Jaccard of stemmed words) at which a question counts as asked again. */
        repeatSimilarity: Share.min(0.2).default(0.6),
        /** The classifier's probability that the visitor wants a person, at which a person is offered… */
        personOffer: Share.default(0.5),
        /** …and at which the visitor is handed off, as for a request the rules heard. */
        personHandoff: Share.default(0.6),
      })
      .prefault({}),
    /** Frustration first offers a person ("offer"), handing off only when severe; or always hands off. */
    frustrationAction: PolicyAction.default("offer"),
    /** A critical topic the AI is unsure about. */
    criticalAction: PolicyAction.default("handoff"),
    /** Going in circles again (or with the visitor's mood dropping) after a person was offered the first time. */
    circlesAction: PolicyAction.default("handoff"),
    /** Topics that go to a person when the AI is unsure. Setting this replaces the defaults. */
    criticalTopics: z.array(Topic).max(100).default(() => structuredClone(DEFAULT_CRITICAL_TOPICS)),
    /** Topics that always go to a person. Setting this replaces the defaults. */
    forcedTopics: z.array(ForcedTopic).max(100).default(() => structuredClone(DEFAULT_FORCED_TOPICS)),
    /** A site's own critical topics, added to `criticalTopics`. */
    extraCriticalTopics: z.array(Topic).max(100).default([]),
    /** A site's own forced topics, added to `forcedTopics`. */
    extraForcedTopics: z.array(ForcedTopic).max(100).default([]),
  })
  .superRefine((policy, ctx) => {
    const t = policy.thresholds;
    if (t.frustrationOffer > t.frustrationHandoff) {
      ctx.addIssue({ code: "custom", path: ["thresholds", "frustrationOffer"], message: "must not exceed frustrationHandoff" });
    }
    if (t.personOffer > t.personHandoff) {
      ctx.addIssue({ code: "custom", path: ["thresholds", "personOffer"], message: "must not exceed personHandoff" });
    }
    for (const [key, topics] of [
      ["criticalTopics", [...policy.criticalTopics, ...policy.extraCriticalTopics]],
      ["forcedTopics", [...policy.forcedTopics, ...policy.extraForcedTopics]],
    ] as const) {
      const seen = new Set<string>();
      for (const topic of topics) {
        if (seen.has(topic.name)) ctx.addIssue({ code: "custom", path: [key], message: `topic "${topic.name}" is defined twice` });
        seen.add(topic.name);
      }
    }
  });
export type TriggerPolicy = z.infer<typeof TriggerPolicy>;
export type TriggerPolicyInput = z.input<typeof TriggerPolicy>;

export const DEFAULT_POLICY: TriggerPolicy = TriggerPolicy.parse({});

/** Critical topics in force: the list plus the site's additions. */
export function criticalTopicsOf(policy: TriggerPolicy): Topic[] {
  return [...policy.criticalTopics, ...policy.extraCriticalTopics];
}

export function forcedTopicsOf(policy: TriggerPolicy): ForcedTopic[] {
  return [...policy.forcedTopics, ...policy.extraForcedTopics];
}
