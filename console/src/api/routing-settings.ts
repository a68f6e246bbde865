import { z } from "zod";

/**
 * A site's routing settings as the server holds them (worker/routing/routing-settings.ts
 * and business-hours.ts), every default filled in. Loose, like the other settings shapes:
 * a field this console does not know survives a save untouched.
 */
export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Day = (typeof DAYS)[number];

export const Span = z.looseObject({ from: z.string(), to: z.string() });
export type Span = z.infer<typeof Span>;

export const BusinessHours = z.looseObject({
  timeZone: z.string(),
  weekly: z.looseObject({ mon: z.array(Span), tue: z.array(Span), wed: z.array(Span), thu: z.array(Span), fri: z.array(Span), sat: z.array(Span), sun: z.array(Span) }),
  holidays: z.array(z.string()),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

export const RoutingRule = z.looseObject({ team: z.string(), triggers: z.array(z.string()), topics: z.array(z.string()), tiers: z.array(z.string()) });
export type RoutingRule = z.infer<typeof RoutingRule>;

export const RoutingSettings = z.looseObject({
  rules: z.array(RoutingRule),
  fallbackTeam: z.string().nullable(),
  aiWhileWaiting: z.boolean(),
  unansweredMinutes: z.number(),
  tierOrder: z.array(z.string()),
  hours: BusinessHours.nullable(),
});
export type RoutingSettings = z.infer<typeof RoutingSettings>;

/** The signals a rule may name (worker/triggers), and the "Talk to a person" button. */
export const TRIGGERS: { name: string; label: string }[] = [
  { name: "explicit_request", label: "Asked for a person" },
  { name: "button", label: "The button" },
  { name: "frustration", label: "Frustration" },
  { name: "critical_low_confidence", label: "AI unsure on a critical topic" },
  { name: "forced_topic", label: "Topic for a person" },
  { name: "going_in_circles", label: "Going in circles" },
];

/** A weekday schedule to start from when an admin turns business hours on. */
export function defaultHours(): BusinessHours {
  const work = [{ from: "09:00", to: "17:00" }];
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return { timeZone, weekly: { mon: work, tue: work, wed: work, thu: work, fri: work, sat: [], sun: [] }, holidays: [] };
}
