/**
 * Opening visitor/agent pairs for the concurrency steps. Ours: a real
 * handoff and claim per conversation (one agent claims them all on one queue
 * socket), a few in flight at a time. The runtime floor: two sockets on one
 * persist-then-forward Durable Object per pair.
 */
import { BatonClient, visitorText } from "../lib/baton-client.ts";
import { FrameSocket } from "../lib/frame-socket.ts";
import type { Target } from "./messages.ts";

export interface OpenPair {
  visitor: FrameSocket;
  agent: FrameSocket;
  /** Text of a visitor message the agent received, or null for other frames. */
  textOf: (frame: { type: string } & Record<string, unknown>) => string | null;
}

export interface PairOpener {
  open(index: number): Promise<OpenPair>;
  close(): void;
}

export async function pairOpener(target: Target, base: string, origin: string): Promise<PairOpener> {
  if (target === "floor") {
    const ws = base.replace(/^http/, "ws");
    return {
      open: async (index) => {
        const agent = await FrameSocket.open(`${ws}/ws/persist/c${index}/agent`);
        const visitor = await FrameSocket.open(`${ws}/ws/persist/c${index}/visitor`).catch((error: unknown) => {
          agent.close();
          throw error;
        });
        return { visitor, agent, textOf: (frame) => (typeof frame.text === "string" ? frame.text : null) };
      },
      close: () => undefined,
    };
  }
  const client = new BatonClient(base, origin);
  const token = await client.login();
  const queue = await client.queueSocket(token);
  return {
    open: async () => {
      if (queue.closed) throw new Error(`queue socket ${queue.closeInfo}`);
      const pair = await client.handoffAndClaim(queue, token);
      return { visitor: pair.visitor, agent: pair.agent, textOf: visitorText };
    },
    close: () => queue.close(),
  };
}

const ATTEMPTS = 2;

/** Opens pairs `from` … `to`-1 with `parallel` in flight, each tried twice; stops at the first pair that failed both and returns why. */
export async function openPairs(opener: PairOpener, from: number, to: number, parallel: number, into: OpenPair[], deadline: number): Promise<{ failed: number; error: string | null }> {
  let next = from;
  let failed = 0;
  let error: string | null = null;
  const worker = async () => {
    while (next < to && error === null) {
      if (Date.now() > deadline) {
        error = `setup ran out of time at ${into.length} pairs`;
        return;
      }
      const index = next++;
      // One more try on a fresh conversation: on a loaded machine a handshake can time out now and then.
      for (let attempt = 1; ; attempt++) {
        try {
          into.push(await opener.open(index));
          break;
        } catch (e) {
          failed++;
          if (attempt >= ATTEMPTS) {
            error ??= String(e);
            break;
          }
        }
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { failed, error };
}

/** Closes both sockets of every pair (the opener's own connection is the caller's). */
export function closePairs(pairs: readonly OpenPair[]): void {
  for (const pair of pairs) {
    pair.visitor.close();
    pair.agent.close();
  }
}
