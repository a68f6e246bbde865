import { readConfig } from "../config.ts";
import type { Env } from "../env.ts";
import type { Briefing } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";
import { extractiveBriefing, type BriefingInput } from "./extractive-briefing.ts";
import { llmBriefing } from "./llm-briefing.ts";
import { previousConversations } from "../transcripts/transcript-repo.ts";

/** The briefing for a handed-off conversation: extractive offline, LLM-written with Workers AI. */
export async function buildBriefing(env: Env, site: Site, input: Omit<BriefingInput, "previous">): Promise<Briefing> {
  const previous = await previousConversations(env.DB, input.conversation.visitorId, input.conversation.id).catch(
    (error: unknown) => {
      console.warn(`previous conversations of ${input.conversation.id} unavailable:`, String(error));
      return [];
    },
  );
  const base = extractiveBriefing({ ...input, previous });
  const config = readConfig(env);
  if ((site.settings.ai.provider ?? config.AI_PROVIDER) !== "workers-ai") return base;
  return llmBriefing(env.AI, site.settings.ai.model ?? config.AI_MODEL, base, input.messages);
}
