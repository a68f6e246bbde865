import { z } from "zod";
import { parseVars } from "../config.ts";
import type { Env } from "../env.ts";

/**
 * Email is optional: a deployment without it still works, and follow-ups
 * wait in the console. Each half is on only when everything it needs is
 * there, and says why when it is not, so the console (and the developer) can
 * tell "not set up" from "broken". A var that is set but malformed is an
 * error, named, like the rest of worker/config.ts: it never silently turns
 * email off.
 */

// `EMAIL_FROM = ""` in a .dev.vars file means "not set", not "invalid".
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

const EmailVars = z.object({
  /** The sender of agents' replies: an address on a domain onboarded to Email Service. */
  EMAIL_FROM: optional(z.email("EMAIL_FROM must be an email address on a domain onboarded to Email Service")),
  /** Sender name; by default "<agent> from <site name>". */
  EMAIL_FROM_NAME: optional(z.string().trim().min(1).max(100).regex(/^[^\r\n]*$/, "EMAIL_FROM_NAME must be one line")),
  /** Domain whose mail Email Routing hands to this Worker; visitors' replies go to reply+…@ this domain. */
  EMAIL_REPLY_DOMAIN: optional(z.hostname("EMAIL_REPLY_DOMAIN must be a domain name such as reply.example.com").toLowerCase()),
  /** How long the link in an email reopens the conversation. */
  EMAIL_RESUME_DAYS: z.preprocess(unsetIfEmpty, z.coerce.number().positive().max(90).default(7)),
  /** Largest visitor reply accepted, in KB (Email Routing itself stops at 25 MiB). */
  EMAIL_MAX_INBOUND_KB: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(16).max(25 * 1024).default(2048)),
  /** Where the demo site and widget are served: the link's target when a conversation has no page of the site. */
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http(s) URL" })),
});

/** A feature that is on, with what it needs, or off with the reason in a sentence. */
export type Switch<T> = ({ on: true } & T) | { on: false; why: string };

export interface EmailConfig {
  sending: Switch<{ binding: SendEmail; from: string; fromName: string | null }>;
  replies: Switch<{ domain: string }>;
  resumeTtlMs: number;
  maxInboundBytes: number;
  publicUrl: string | null;
}

const cache = new WeakMap<object, EmailConfig>();

/** The deployment's email settings; throws with the variable's name when one is set but malformed. */
export function readEmailConfig(env: Env): EmailConfig {
  const hit = cache.get(env);
  if (hit) return hit;
  const vars = parseVars(EmailVars, env, "email configuration");
  const config: EmailConfig = {
    sending: sendingSwitch(env.EMAIL, vars.EMAIL_FROM, vars.EMAIL_FROM_NAME),
    replies: vars.EMAIL_REPLY_DOMAIN
      ? { on: true, domain: vars.EMAIL_REPLY_DOMAIN }
      : { on: false, why: "EMAIL_REPLY_DOMAIN is not set, so visitors cannot answer by email (set it and route that domain's mail to this Worker)" },
    resumeTtlMs: vars.EMAIL_RESUME_DAYS * 86_400_000,
    maxInboundBytes: vars.EMAIL_MAX_INBOUND_KB * 1024,
    publicUrl: vars.PUBLIC_URL ?? null,
  };
  cache.set(env, config);
  return config;
}

function sendingSwitch(binding: SendEmail | undefined, from: string | undefined, fromName: string | undefined): EmailConfig["sending"] {
  if (!binding) return { on: false, why: 'there is no EMAIL binding (add [[send_email]] name = "EMAIL" to wrangler.toml)' };
  if (!from) return { on: false, why: "EMAIL_FROM is not set, so agents' replies are not emailed (set it to an address on your sending domain)" };
  return { on: true, binding, from, fromName: fromName ?? null };
}
