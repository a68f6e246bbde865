import { env } from "cloudflare:workers";
import { EscalationDecision } from "../../worker/protocol/index.ts";
import { readTranscript } from "../../worker/transcripts/transcript-repo.ts";
import { waitUntil } from "./wait.ts";

/**
 * The escalation decisions stored with a conversation, as D1 has them: once
 * there is at least one, or, with `afterSeq`, once D1 holds the transcript up
 * to that message (then there may be none).
 */
export async function decisionsInD1(conversationId: string, afterSeq?: number): Promise<EscalationDecision[]> {
  const read = async () => {
    const row = await env.DB.prepare("SELECT decisions FROM conversations WHERE id = ?").bind(conversationId).first<{ decisions: string }>();
    return row ? EscalationDecision.array().parse(JSON.parse(row.decisions)) : null;
  };
  if (afterSeq === undefined) return waitUntil(async () => { const d = await read(); return d && d.length > 0 ? d : null; }, 4000, "a stored decision");
  await waitUntil(async () => (await readTranscript(env.DB, conversationId))?.messages.some((m) => m.seq >= afterSeq), 4000, `message #${afterSeq} in D1`);
  return (await read()) ?? [];
}
