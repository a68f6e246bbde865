/**
 * Auto-assign under a burst: N agents online in one auto-assign team
 * (capacity 3 each), H handoffs within a window. Measures the time from the
 * visitor's request to the offer reaching the chosen agent, and checks that
 * no agent ever holds more than their capacity and no conversation is
 * assigned twice. Every agent accepts every offer at once.
 */
import { BURST_CAPACITY, BURST_PASSWORD, BURST_SITE, BURST_TEAM, burstEmail } from "./burst-agents.ts";
import type { BatonClient } from "../lib/baton-client.ts";
import type { FrameSocket } from "../lib/frame-socket.ts";
import { summarize } from "../lib/stats.ts";
import { inBatches } from "../lib/in-batches.ts";

export interface BurstResult {
  agents: number;
  handoffs: number;
  assign_p50: number;
  assign_p90: number;
  assign_p99: number;
  assigned: number;
  over_capacity: number;
  double_assigned: number;
}

export async function measureBurst(client: BatonClient, agents: number, handoffs: number, windowMs: number, signal: AbortSignal): Promise<BurstResult> {
  const sockets: FrameSocket[] = [];
  const sentAt = new Map<string, number>();
  const offeredAt = new Map<string, number>();
  const claimedBy = new Map<string, number[]>();
  const held = new Array<number>(agents).fill(0);
  let maxHeld = 0;
  try {
    const feeds = await inBatches(agents, 8, async (i) => {
      const token = await client.login({ email: burstEmail(i), password: BURST_PASSWORD });
      return client.queueSocket(token, BURST_TEAM);
    });
    feeds.forEach((feed, i) => {
      sockets.push(feed);
      feed.onFrame = (frame) => {
        const entry = frame.entry as { conversationId?: string } | undefined;
        if (frame.type === "offer" && entry?.conversationId) {
          if (!offeredAt.has(entry.conversationId)) offeredAt.set(entry.conversationId, performance.now());
          feed.send({ type: "accept_offer", conversationId: entry.conversationId });
        }
        if (frame.type === "claimed" && typeof frame.conversationId === "string") {
          claimedBy.set(frame.conversationId, [...(claimedBy.get(frame.conversationId) ?? []), i]);
          held[i] = (held[i] ?? 0) + 1;
          maxHeld = Math.max(maxHeld, held[i] ?? 0);
        }
      };
    });
    const visitors = await inBatches(handoffs, 16, async () => {
      const { conversationId, token } = await client.createConversation(BURST_SITE);
      return { conversationId, socket: await client.visitorSocket(conversationId, token) };
    });
    sockets.push(...visitors.map((v) => v.socket));
    const gap = windowMs / handoffs;
    const start = performance.now();
    for (const [i, visitor] of visitors.entries()) {
      if (signal.aborted) break;
      const due = start + i * gap;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sentAt.set(visitor.conversationId, performance.now());
      visitor.socket.send({ type: "request_human" });
    }
    const deadline = performance.now() + 20_000;
    while (claimedBy.size < Math.min(handoffs, agents * BURST_CAPACITY) && performance.now() < deadline && !signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const latencies = [...offeredAt].flatMap(([id, at]) => (sentAt.has(id) ? [at - (sentAt.get(id) ?? at)] : []));
    const summary = summarize(latencies);
    return {
      agents,
      handoffs,
      assign_p50: summary.p50,
      assign_p90: summary.p90,
      assign_p99: summary.p99,
      assigned: claimedBy.size,
      over_capacity: held.filter((n) => n > BURST_CAPACITY).length,
      double_assigned: [...claimedBy.values()].filter((who) => who.length > 1).length,
    };
  } finally {
    for (const socket of sockets) socket.close();
    client.closePresence();
  }
}
