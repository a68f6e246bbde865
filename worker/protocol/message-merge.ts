import type { ChatMessage } from "./message.ts";

/**
 * A client's copy of a conversation's messages, merged by seq: history
 * pages, live frames, acks and replays after a reconnect may arrive in any
 * order, any number of times, and leave one entry per seq, sorted. Shared by
 * the widget and the console; free of zod, so the widget can import this file
 * on its own.
 */

/**
 * Merges `incoming` into `log` (sorted by seq, one entry per seq). A known seq
 * is replaced only when the server's copy differs (a locally-built entry from
 * an ack is replaced by the stored one); the same array comes back when
 * nothing changed, so callers can tell cheaply.
 */
export function mergeBySeq(log: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  const bySeq = new Map(log.map((m) => [m.seq, m]));
  let changed = false;
  for (const message of incoming) {
    const known = bySeq.get(message.seq);
    if (known && known.id === message.id && known.text === message.text) continue;
    bySeq.set(message.seq, message);
    changed = true;
  }
  if (!changed) return log as ChatMessage[];
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The seq up to which the log has no gaps, counted from its oldest entry (a
 * cache may begin after 1). Resuming from here refills any hole.
 */
export function contiguousSeq(log: readonly ChatMessage[]): number {
  let seq = log[0]?.seq ?? 0;
  for (const message of log) {
    if (message.seq > seq + 1) break;
    seq = message.seq;
  }
  return seq;
}

/** The newest seq held, 0 for an empty log. */
export function lastSeq(log: readonly ChatMessage[]): number {
  return log.at(-1)?.seq ?? 0;
}
