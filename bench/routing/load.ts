/**
 * Load through the real routing: C conversations, each handed to one of 20
 * agents by auto-assign, then M visitor messages each, paced over a window.
 * Every agent checks its conversations' messages arrive once each, in order.
 */
import { visitorText, type BatonClient } from "../lib/baton-client.ts";
import type { FrameSocket } from "../lib/frame-socket.ts";
import { summarize } from "../lib/stats.ts";
import { BURST_PASSWORD, LOAD_AGENTS, LOAD_SITE, LOAD_TEAM, loadEmail } from "./burst-agents.ts";
import { inBatches } from "../lib/in-batches.ts";

export interface LoadResult {
  conversations: number;
  messages_per_conversation: number;
  agents: number;
  delivered_ratio: number;
  lost: number;
  out_of_order: number;
  duplicated: number;
  p50: number;
  p99: number;
}

export async function measureRoutedLoad(client: BatonClient, conversations: number, messages: number, windowMs: number, signal: AbortSignal): Promise<LoadResult> {
  const sockets: FrameSocket[] = [];
  const received = new Map<string, number[]>();
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const claimed = new Map<string, string>();
  try {
    const tokens = await inBatches(LOAD_AGENTS, 5, (i) => client.login({ email: loadEmail(i), password: BURST_PASSWORD }));
    const feeds = await inBatches(LOAD_AGENTS, 5, (i) => client.queueSocket(tokens[i] ?? "", LOAD_TEAM));
    feeds.forEach((feed, i) => {
      sockets.push(feed);
      feed.onFrame = (frame) => {
        const entry = frame.entry as { conversationId?: string } | undefined;
        if (frame.type === "offer" && entry?.conversationId) feed.send({ type: "accept_offer", conversationId: entry.conversationId });
        if (frame.type === "claimed" && typeof frame.conversationId === "string") claimed.set(frame.conversationId, tokens[i] ?? "");
      };
    });
    const visitors = await inBatches(conversations, 16, async () => {
      const { conversationId, token } = await client.createConversation(LOAD_SITE);
      const socket = await client.visitorSocket(conversationId, token);
      sockets.push(socket);
      socket.send({ type: "request_human" });
      return { conversationId, socket };
    });
    const deadline = Date.now() + 60_000;
    while (claimed.size < conversations && Date.now() < deadline && !signal.aborted) await new Promise((resolve) => setTimeout(resolve, 50));
    // Each agent opens the conversations it holds and records what arrives.
    await inBatches(visitors.length, 16, async (i) => {
      const id = visitors[i]?.conversationId ?? "";
      const token = claimed.get(id);
      if (!token) return;
      const agent = await client.agentSocket(token, id);
      sockets.push(agent);
      received.set(id, []);
      agent.onFrame = (frame) => {
        const text = visitorText(frame);
        const n = text?.startsWith("load ") ? Number(text.slice(5)) : Number.NaN;
        if (Number.isNaN(n)) return;
        received.get(id)?.push(n);
        const at = sentAt.get(`${id}:${n}`);
        if (at !== undefined) latencies.push(performance.now() - at);
      };
    });
    const gap = windowMs / (conversations * messages);
    const start = performance.now();
    let k = 0;
    for (let m = 0; m < messages && !signal.aborted; m++) {
      for (const v of visitors) {
        const wait = start + k++ * gap - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        sentAt.set(`${v.conversationId}:${m}`, performance.now());
        v.socket.send({ type: "message", clientId: `l${m}`, text: `load ${m}` });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
    let delivered = 0;
    let outOfOrder = 0;
    let duplicated = 0;
    for (const got of received.values()) {
      delivered += new Set(got).size;
      duplicated += got.length - new Set(got).size;
      for (let i = 1; i < got.length; i++) if ((got[i] ?? 0) < (got[i - 1] ?? 0)) outOfOrder += 1;
    }
    const summary = summarize(latencies);
    return {
      conversations,
      messages_per_conversation: messages,
      agents: LOAD_AGENTS,
      delivered_ratio: Math.round((delivered / (conversations * messages)) * 10_000) / 10_000,
      lost: conversations * messages - delivered,
      out_of_order: outOfOrder,
      duplicated,
      p50: summary.p50,
      p99: summary.p99,
    };
  } finally {
    for (const socket of sockets) socket.close();
    client.closePresence();
  }
}
