import { conversationStub } from "../durable/stubs.ts";
import type { Env } from "../env.ts";
import { deleteConversationRows, deleteOldAiUsage, expiredConversations } from "./retention-repo.ts";

/** Conversations per batch: one D1 read, one erase call per conversation's object, one D1 delete batch. */
export const RETENTION_BATCH = 50;
/** Batches per run: an hourly run deletes at most 1,000 conversations, so a backlog drains without one long run. */
export const RETENTION_MAX_BATCHES = 20;
const AI_USAGE_KEEP_DAYS = 400;

export interface SweepResult {
  conversations: number;
  batches: number;
  aiUsageRows: number;
}

/**
 * The retention Cron Trigger (worker/index.ts scheduled()): deletes
 * conversations older than their workspace's retention_days, each one's
 * Durable Object storage first (as deleting a workspace does), then its D1
 * rows. Bounded per run; what is left goes on the next run.
 */
export async function retentionSweep(env: Env, now: number, batch = RETENTION_BATCH, maxBatches = RETENTION_MAX_BATCHES): Promise<SweepResult> {
  let conversations = 0;
  let batches = 0;
  while (batches < maxBatches) {
    const ids = await expiredConversations(env.DB, now, batch);
    if (ids.length === 0) break;
    batches += 1;
    await Promise.all(ids.map((id) => conversationStub(env, id).erase()));
    await deleteConversationRows(env.DB, ids);
    conversations += ids.length;
    if (ids.length < batch) break;
  }
  const aiUsageRows = await deleteOldAiUsage(env.DB, new Date(now - AI_USAGE_KEEP_DAYS * 86_400_000).toISOString().slice(0, 10));
  return { conversations, batches, aiUsageRows };
}
