import { z } from "zod";
import { BusinessHours } from "./business-hours.ts";

const TeamId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "a team id");

/**
 * A site's routing rule: a handoff whose signals, topics or verified tier
 * match goes to `team`. Within a rule every condition given must match (any
 * value of it); the first rule that matches wins.
 */
export const RoutingRule = z.object({
  team: TeamId,
  /** Signal names: explicit_request, frustration, critical_low_confidence, forced_topic, going_in_circles, button. */
  triggers: z.array(z.string().max(40)).max(10).default([]),
  /** Topic names from the escalation policy (e.g. refund, billing_dispute). */
  topics: z.array(z.string().max(40)).max(50).default([]),
  tiers: z.array(z.string().max(100)).max(20).default([]),
});
export type RoutingRule = z.infer<typeof RoutingRule>;

/** How a site's handoffs are routed and how long the team may take. Every field has a default. */
export const RoutingSettings = z.object({
  rules: z.array(RoutingRule).max(50).default([]),
  /** Where a handoff no rule matches goes; the workspace's whole team ("all") when unset. */
  fallbackTeam: TeamId.nullable().default(null),
  /** The AI keeps answering (marked as the AI) while the visitor waits; they keep their place. */
  aiWhileWaiting: z.boolean().default(false),
  /** A visitor message the assigned agent leaves unanswered this long releases the conversation to the queue. */
  unansweredMinutes: z.number().min(0.5).max(240).default(2),
  /** Verified tiers in the order they go first (e.g. ["enterprise", "pro"]); empty: tier does not reorder. */
  tierOrder: z.array(z.string().max(100)).max(10).default([]),
  /** When the team works; null: always. */
  hours: BusinessHours.nullable().default(null),
});
export type RoutingSettings = z.infer<typeof RoutingSettings>;
