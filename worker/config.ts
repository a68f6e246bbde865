import { z } from "zod";
import type { Env } from "./env.ts";

export const AiProviderName = z.enum(["embedded", "workers-ai"]);
export type AiProviderName = z.infer<typeof AiProviderName>;

const Config = z.object({
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (set it with `wrangler secret put AUTH_SECRET` or in .dev.vars)"),
  AI_PROVIDER: AiProviderName.default("embedded"),
  AI_MODEL: z.string().min(1).default("@cf/meta/llama-3.1-8b-instruct-fast"),
  AGENT_SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /** A visitor's token lasts this long after their last visit (each connection renews it). */
  VISITOR_TOKEN_DAYS: z.coerce.number().positive().max(365).default(30),
  /** Longest a stored message waits before it is written to D1 (messages go in batches; state changes at once). */
  TRANSCRIPT_SYNC_WINDOW_MS: z.coerce.number().int().min(0).max(300_000).default(15_000),
  /** Embedding model for hybrid retrieval when Workers AI is the provider. */
  EMBEDDING_MODEL: z.string().min(1).default("@cf/baai/bge-m3"),
  /** Abuse limits on visitors' messages and conversation starts ("off" for load tests on loopback only). */
  ABUSE_LIMITS: z.enum(["on", "off"]).default("on"),
  /** How long an AI turn may take before the visitor is told and offered a person. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
});
export type Config = z.infer<typeof Config>;

const cache = new WeakMap<object, Config>();

/** Parses the deployment's vars and secrets with `schema`; a bad value fails loudly with its name. */
export function parseVars<T>(schema: z.ZodType<T>, env: Env, what: string): T {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid ${what}: ${detail}`);
  }
  return parsed.data;
}

/** Reads the deployment's configuration from its vars and secrets; a bad value fails loudly with its name. */
export function readConfig(env: Env): Config {
  const hit = cache.get(env);
  if (hit) return hit;
  const config = parseVars(Config, env, "configuration");
  cache.set(env, config);
  return config;
}
