import { z } from "zod";
import { AiProviderName } from "../config.ts";
import { TriggerPolicy } from "../triggers/policy.ts";

/** Per-site settings, stored as JSON in `sites.settings`; every field has a default. */
export const SiteSettings = z.object({
  /** First message a visitor sees. */
  greeting: z.string().min(1).max(1000).default("Hi! I'm the virtual assistant. Ask me anything, or ask for a person at any time."),
  ai: z
    .object({
      /** Overrides the deployment's AI_PROVIDER for this site. */
      provider: AiProviderName.optional(),
      model: z.string().min(1).optional(),
      /** AI answers per conversation; beyond it the visitor is offered a person (stops bot loops). */
      maxTurnsPerConversation: z.number().int().min(1).max(1000).default(30),
      /** AI answers per site per UTC day, across all conversations (caps cost if someone abuses the widget). */
      dailyTurnBudget: z.number().int().min(1).max(10_000_000).default(5000),
    })
    .prefault({}),
  /** When to hand off or offer a person: see worker/triggers/policy.ts. */
  triggers: TriggerPolicy.prefault({}),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const AllowedOrigins = z.array(z.union([z.literal("*"), z.url({ protocol: /^https?$/ })]));

export interface Site {
  id: string;
  name: string;
  allowedOrigins: string[];
  settings: SiteSettings;
}
