/**
 * Relay latency: the visitor sends `warmup + count` messages, one every
 * `intervalMs`; the agent's client, in the same process, notes when each
 * arrives. Latency = arrival − send, by the index carried in the text;
 * the warm-up is not counted.
 */
import { paced } from "../lib/pacer.ts";
import { sleep, summarize, type Summary } from "../lib/stats.ts";

/** One visitor → agent path through some server. */
export interface RelayLink {
  /** `id` is unique per message over the link's life (the product stores a repeated clientId once). */
  send(text: string, id: string): boolean;
  /** Called with the text of each visitor message the agent receives. */
  onReceive(handler: (text: string) => void): void;
  close(): void;
}

export interface RelayResult extends Summary {
  sent: number;
  received: number;
  /** The measured latencies themselves, to pool rounds. */
  latencies: number[];
}

export interface RelayPlan {
  warmup: number;
  count: number;
  intervalMs: number;
  /** How long to wait for stragglers after the last send. */
  drainMs: number;
}

export const RELAY_PLAN: RelayPlan = { warmup: 300, count: 2000, intervalMs: 2, drainMs: 5000 };

const FILLER = "Hi, my order hasn't arrived yet and the tracking page has said 'in transit' for three days.";

/** `#<index> <filler>`: what every target relays, visitor to agent. */
export function messageText(index: number): string {
  return `#${index} ${FILLER}`;
}

export function indexOf(text: string): number {
  if (text.charCodeAt(0) !== 35) return -1;
  return Number(text.slice(1, text.indexOf(" ")));
}

export async function measureRelay(link: RelayLink, plan: RelayPlan = RELAY_PLAN, round = 0): Promise<RelayResult> {
  const total = plan.warmup + plan.count;
  const sentAt = new Float64Array(total).fill(Number.NaN);
  const receivedAt = new Float64Array(total).fill(Number.NaN);
  let received = 0;
  let sent = 0;
  link.onReceive((text) => {
    const index = indexOf(text);
    if (index >= 0 && index < total && Number.isNaN(receivedAt[index])) {
      receivedAt[index] = performance.now();
      received++;
    }
  });
  await paced(total, plan.intervalMs, (i) => {
    sentAt[i] = performance.now();
    if (link.send(messageText(i), `${round}-${i}`)) sent++;
  });
  const deadline = performance.now() + plan.drainMs;
  while (received < sent && performance.now() < deadline) await sleep(20);
  const latencies: number[] = [];
  for (let i = plan.warmup; i < total; i++) {
    const latency = (receivedAt[i] ?? Number.NaN) - (sentAt[i] ?? Number.NaN);
    if (Number.isFinite(latency)) latencies.push(latency);
  }
  if (latencies.length < plan.count) {
    throw new Error(`only ${latencies.length} of ${plan.count} measured messages arrived (${received}/${sent} in all)`);
  }
  return { ...summarize(latencies), sent, received, latencies };
}
