import { z } from "zod";
import { AiProviderName } from "../config.ts";
import { RoutingSettings } from "../routing/routing-settings.ts";
import { TriggerPolicy } from "../triggers/policy.ts";

/** How the widget looks on the site's pages; `data-*` attributes on the embed tag override these. */
export const WidgetLook = z.object({
  /** The panel's title; the site's name when absent. */
  title: z.string().trim().min(1).max(60).optional(),
  /** Brand colour of the launcher and the visitor's bubbles. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb")
    .optional(),
  position: z.enum(["right", "left"]).default("right"),
});
export type WidgetLook = z.infer<typeof WidgetLook>;

/** Per-site settings, stored as JSON in `sites.settings`; every field has a default. */
export const SiteSettings = z.object({
  /** First message a visitor sees. */
  greeting: z.string().trim().min(1).max(1000).default("Hi! I'm the virtual assistant. Ask me anything, or ask for a person at any time."),
  widget: WidgetLook.prefault({}),
  ai: z
    .object({
      /** Overrides the deployment's AI_PROVIDER for this site. */
      provider: AiProviderName.optional(),
      model: z.string().trim().min(1).max(200).optional(),
      /** AI answers per conversation; beyond it the visitor is offered a person (stops bot loops). */
      maxTurnsPerConversation: z.number().int().min(1).max(1000).default(30),
      /** AI answers per site per UTC day, across all conversations (caps cost if someone abuses the widget). */
      dailyTurnBudget: z.number().int().min(1).max(10_000_000).default(5000),
    })
    .prefault({}),
  /** When to hand off or offer a person: see worker/triggers/policy.ts. */
  triggers: TriggerPolicy.prefault({}),
  /** Which team a handoff goes to, business hours, deadlines: see worker/routing/routing-settings.ts. */
  routing: RoutingSettings.prefault({}),
  /** Satisfaction ratings: a person's resolve always asks; `afterAi` also asks once the AI alone has answered. */
  satisfaction: z.object({ afterAi: z.boolean().default(false) }).prefault({}),
});
export type SiteSettings = z.infer<typeof SiteSettings>;
export type SiteSettingsInput = z.input<typeof SiteSettings>;

/** An origin as browsers send it: scheme, host and port, nothing after (no path, no trailing slash). */
const Origin = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
    } catch {
      return false;
    }
  }, "an origin such as https://shop.example.com (scheme and host, optional port, no path)");

export const AllowedOrigins = z
  .array(z.union([z.literal("*"), Origin]))
  .max(50)
  .refine((origins) => new Set(origins).size === origins.length, "an origin is listed twice");

export const SiteId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "2–63 lowercase letters, digits and dashes, starting with a letter or digit");

export interface Site {
  id: string;
  workspaceId: string;
  name: string;
  allowedOrigins: string[];
  settings: SiteSettings;
}
