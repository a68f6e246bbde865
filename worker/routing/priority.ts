import { TIER_NONE } from "../protocol/queue-order.ts";

/** The ordering rule itself lives in the protocol (worker/protocol/queue-order.ts): the console orders its queue by it too. */
export { compareKeys, HEAD_START_MS, orderKey, TIER_NONE, type OrderKey, type Ranked } from "../protocol/queue-order.ts";

/** The tier's place in the site's order; unverified tiers count for nothing. */
export function tierRank(tier: string | null, verified: boolean, tierOrder: readonly string[]): number {
  const rank = tier && verified ? tierOrder.indexOf(tier) : -1;
  return rank < 0 ? TIER_NONE : rank;
}
