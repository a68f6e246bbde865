import { readConfig } from "../config.ts";
import type { Env } from "../env.ts";
import type { Site } from "../sites/site-settings.ts";
import { embedderFor } from "../kb/embedder.ts";
import { EmbeddedProvider } from "./embedded-provider.ts";
import type { AiProvider } from "./provider.ts";
import { WorkersAiProvider } from "./workers-ai-provider.ts";

/** The site's provider if it names one, else the deployment's AI_PROVIDER. */
export function selectProvider(env: Env, site: Site): AiProvider {
  const config = readConfig(env);
  const name = site.settings.ai.provider ?? config.AI_PROVIDER;
  if (name === "workers-ai") return new WorkersAiProvider(env.AI, env.DB, site.settings.ai.model ?? config.AI_MODEL, config.AI_TIMEOUT_MS, embedderFor(env, site));
  return new EmbeddedProvider(env.DB);
}
