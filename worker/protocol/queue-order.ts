import type { WaitKind } from "./message.ts";

/**
 * The order a team's waiting conversations are taken in, one documented rule
 * (here, so the queue Durable Object and the console order alike):
 *
 *   1. verified tier, in the site's `tierOrder` (unverified tiers count for nothing);
 *   2. a conversation released from an agent who left goes back to the front;
 *   3. then by waiting time plus a head start for the kind of wait: a visitor
 *      who asked for a person or is upset counts as having waited 2 minutes
 *      longer, a policy topic 1 minute, an unsure AI none.
 *
 * Because every conversation's wait grows at the same rate, the order never
 * needs re-sorting, and nobody starves: a fresh request overtakes an older
 * "unsure" one only while the older has waited less than 2 minutes more.
 */
export const HEAD_START_MS: Record<WaitKind, number> = { asked: 120_000, upset: 120_000, policy: 60_000, unsure: 0 };

export interface Ranked {
  queuedAt: number;
  kind: WaitKind;
  /** Place of the visitor's verified tier in the site's tierOrder; TIER_NONE when unverified or not listed. */
  tierRank: number;
  front: boolean;
}

export const TIER_NONE = 99;

export interface OrderKey {
  tierRank: number;
  front: number;
  /** queuedAt minus the head start: earlier goes first. */
  effectiveAt: number;
}

export function orderKey(entry: Ranked): OrderKey {
  return { tierRank: entry.tierRank, front: entry.front ? 0 : 1, effectiveAt: entry.queuedAt - HEAD_START_MS[entry.kind] };
}

export function compareKeys(a: OrderKey, b: OrderKey): number {
  return a.tierRank - b.tierRank || a.front - b.front || a.effectiveAt - b.effectiveAt;
}
