import type { ChatMessage } from "../../worker/protocol/index.ts";

/** Most messages kept in the browser cache; older ones are still on the server. */
export const CACHE_LIMIT = 200;

/**
 * Merges messages into a log kept sorted by seq with one entry per seq, so
 * history replays, live frames and acks can arrive in any order, any number
 * of times. Returns the same array when nothing changed (cheap re-render checks).
 */
export function mergeMessages(log: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const bySeq = new Map(log.map((m) => [m.seq, m]));
  let changed = false;
  for (const message of incoming) {
    const known = bySeq.get(message.seq);
    // A locally-built entry (from an ack) is replaced by the server's copy, which has `ai` and `at`.
    if (known && known.id === message.id && known.text === message.text) continue;
    bySeq.set(message.seq, message);
    changed = true;
  }
  if (!changed) return log;
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The seq up to which the log has no gaps, counted from its oldest entry (the
 * cache may start after 1). Resuming from here refills any hole.
 */
export function contiguousSeq(log: ChatMessage[]): number {
  const first = log[0];
  if (!first) return 0;
  let seq = first.seq;
  for (const message of log) {
    if (message.seq > seq + 1) break;
    seq = message.seq;
  }
  return seq;
}

export function lastSeq(log: ChatMessage[]): number {
  return log[log.length - 1]?.seq ?? 0;
}
