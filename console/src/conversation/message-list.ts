import type { ChatMessage } from "../../../worker/protocol/index.ts";
import { contiguousSeq, lastSeq, mergeBySeq } from "../../../worker/protocol/message-merge.ts";

/**
 * A conversation's messages merged by seq (worker/protocol/message-merge.ts):
 * the same message arriving twice (history after a reconnect, a live frame,
 * an ack) is stored once, and the list knows up to where it has no holes,
 * which is where a resume starts.
 */
export class MessageList {
  private log: ChatMessage[] = [];
  /** Cached for the log it was computed from: read after every frame. */
  private complete: { log: ChatMessage[]; seq: number } | null = null;

  /** Adds a message; false when that seq was already there. */
  add(message: ChatMessage): boolean {
    const before = this.log.length;
    this.log = mergeBySeq(this.log, [message]);
    return this.log.length > before;
  }

  /** Every message, oldest first. */
  all(): ChatMessage[] {
    return this.log;
  }

  /** Highest n such that 1..n are all here (0 while seq 1 is missing): resume from it and no gap survives. */
  get contiguousSeq(): number {
    if (this.complete?.log !== this.log) this.complete = { log: this.log, seq: this.log[0]?.seq === 1 ? contiguousSeq(this.log) : 0 };
    return this.complete.seq;
  }

  get highestSeq(): number {
    return lastSeq(this.log);
  }

  get size(): number {
    return this.log.length;
  }

  /** Whether a message with this clientId, written by an agent, is stored (so a queued reply went through). */
  hasAgentClientId(clientId: string): boolean {
    return this.log.some((message) => message.role === "agent" && message.clientId === clientId);
  }

  last(predicate: (message: ChatMessage) => boolean): ChatMessage | undefined {
    return this.log.findLast(predicate);
  }
}
