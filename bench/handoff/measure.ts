/**
 * Handoff latency: a visitor writes an explicit request for a person; the
 * time until the agent's queue feed shows the conversation waiting
 * (`queue_update`, event "waiting", for that conversation id). One
 * conversation at a time, so each handoff is measured on an idle system.
 */
import { isQueueUpdate, type BatonClient } from "../lib/baton-client.ts";
import type { FrameSocket } from "../lib/frame-socket.ts";
import { summarize, type Summary } from "../lib/stats.ts";

export const HANDOFF_TEXT = "I want to talk to a person";

export interface HandoffResult extends Summary {
  failures: number;
  firstError: string | null;
}

export async function measureHandoffs(client: BatonClient, conversations: number, signal: AbortSignal): Promise<HandoffResult> {
  const agentToken = await client.login();
  const queue = await client.queueSocket(agentToken);
  const latencies: number[] = [];
  let failures = 0;
  let firstError: string | null = null;
  try {
    for (let i = 0; i < conversations && !signal.aborted; i++) {
      try {
        latencies.push(await oneHandoff(client, queue, i));
      } catch (error) {
        failures++;
        firstError ??= String(error);
        if (failures > 10 && latencies.length === 0) throw new Error(`handoffs keep failing: ${firstError}`);
      }
    }
  } finally {
    queue.close();
  }
  return { ...summarize(latencies), failures, firstError };
}

async function oneHandoff(client: BatonClient, queue: FrameSocket, index: number): Promise<number> {
  const { conversationId, token } = await client.createConversation();
  const visitor = await client.visitorSocket(conversationId, token);
  try {
    const waiting = queue.waitFor((f) => isQueueUpdate(f, "waiting", conversationId), 5000, "queue_update waiting");
    const sentAt = performance.now();
    visitor.send({ type: "message", clientId: `h-${index}`, text: HANDOFF_TEXT });
    await waiting;
    return performance.now() - sentAt;
  } finally {
    visitor.close();
  }
}
