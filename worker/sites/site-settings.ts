import { z } from "zod";
import { AiProviderName } from "../config.ts";

/** Per-site settings, stored as JSON in `sites.settings`; every field has a default. */
export const SiteSettings = z.object({
  /** First message a visitor sees. */
  greeting: z.string().min(1).max(1000).default("Hi! I'm the virtual assistant. Ask me anything, or ask for a person at any time."),
  ai: z
    .object({
      /** Overrides the deployment's AI_PROVIDER for this site. */
      provider: AiProviderName.optional(),
      model: z.string().min(1).optional(),
    })
    .default({}),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const AllowedOrigins = z.array(z.union([z.literal("*"), z.url({ protocol: /^https?$/ })]));

export interface Site {
  id: string;
  name: string;
  allowedOrigins: string[];
  settings: SiteSettings;
}
