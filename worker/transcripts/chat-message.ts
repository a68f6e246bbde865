import { AiMeta, type ChatMessage } from "../protocol/index.ts";

/**
 * A stored message as the protocol's ChatMessage, from either store (the
 * Durable Object's SQLite or D1). The AI metadata is JSON in both; a value
 * that no longer validates is dropped rather than sent.
 */
export function chatMessage(fields: Omit<ChatMessage, "ai">, aiJson: string | null): ChatMessage {
  if (!aiJson) return fields;
  const ai = AiMeta.safeParse(JSON.parse(aiJson));
  return ai.success ? { ...fields, ai: ai.data } : fields;
}
