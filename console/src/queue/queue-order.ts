import { compareKeys, orderKey, type QueueEntry } from "../../../worker/protocol/index.ts";

/**
 * A team's waiting line in the order its queue takes it (the shared rule in
 * worker/protocol/queue-order.ts): tier, released-first, then the wait plus
 * the head start for its kind. `front` names the released ones this console saw come back.
 */
export function byPriority(entries: QueueEntry[], front: ReadonlySet<string>): QueueEntry[] {
  const key = (e: QueueEntry) => orderKey({ queuedAt: e.queuedAt, kind: e.kind, tierRank: e.tierRank, front: front.has(e.conversationId) });
  return [...entries].sort((a, b) => compareKeys(key(a), key(b)) || a.conversationId.localeCompare(b.conversationId));
}
