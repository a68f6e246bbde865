import type { ChatMessage } from "../../../worker/protocol/index.ts";

/**
 * A conversation's messages merged by seq: the same message arriving twice
 * (history after a reconnect, a live frame, an ack) is stored once, and the
 * list knows up to where it has no holes, which is where a resume starts.
 */
export class MessageList {
  private readonly bySeq = new Map<number, ChatMessage>();
  private sorted: ChatMessage[] = [];
  private dirty = false;
  private complete = 0;

  /** Adds a message; false when that seq was already there. */
  add(message: ChatMessage): boolean {
    if (this.bySeq.has(message.seq)) return false;
    this.bySeq.set(message.seq, message);
    this.dirty = true;
    while (this.bySeq.has(this.complete + 1)) this.complete += 1;
    return true;
  }

  /** Every message, oldest first. */
  all(): ChatMessage[] {
    if (this.dirty) {
      this.sorted = [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
      this.dirty = false;
    }
    return this.sorted;
  }

  /** Highest n such that 1..n are all here: resume from it and no gap survives. */
  get contiguousSeq(): number {
    return this.complete;
  }

  get highestSeq(): number {
    return this.all().at(-1)?.seq ?? 0;
  }

  get size(): number {
    return this.bySeq.size;
  }

  /** Whether a message with this clientId, written by an agent, is stored (so a queued reply went through). */
  hasAgentClientId(clientId: string): boolean {
    for (const message of this.bySeq.values()) {
      if (message.role === "agent" && message.clientId === clientId) return true;
    }
    return false;
  }

  last(predicate: (message: ChatMessage) => boolean): ChatMessage | undefined {
    return this.all().findLast(predicate);
  }
}
