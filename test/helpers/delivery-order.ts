import type { ChatMessage, ServerFrame } from "../../worker/protocol/index.ts";

/** Largest `history` page the server sends; a shorter page is the last of its answer (worker/conversation/socket-open.ts). */
const HISTORY_PAGE = 200;

export interface DeliveryViolation {
  kind: "duplicate" | "out_of_order";
  seq: number;
  frame: ServerFrame["type"];
  detail: string;
}

/**
 * Exactly once, in order, as one socket sees it. The server gives each
 * message a seq and sends it to a socket once: in the `history` after
 * connect, as a live `message`, or (to its sender) as an `ack`. Only a
 * `resume` the client asked for may repeat seqs, in a `history` of its own.
 * Anything else that repeats a seq, or goes back, is a delivery bug that
 * merging by seq would hide, so it is recorded instead of merged away.
 */
export class DeliveryOrder {
  readonly violations: DeliveryViolation[] = [];
  /** What this socket was delivered, in arrival order: the connect history, then live messages. Never a replay. */
  readonly delivered: ChatMessage[] = [];
  private readonly seen = new Set<number>();
  private highest = 0;
  /** Resumes sent whose history has not fully arrived yet. */
  private replaysPending = 0;

  /** The client sent `resume`: the next `history` answer may repeat what it has. */
  resumeRequested(): void {
    this.replaysPending += 1;
  }

  observe(frame: ServerFrame): void {
    if (frame.type === "history") return this.history(frame.messages);
    if (frame.type === "message") {
      this.fresh(frame.message.seq, "message");
      this.delivered.push(frame.message);
    }
    // A duplicate ack points at the earlier seq on purpose; a fresh one is a new message of this client's.
    if (frame.type === "ack" && !frame.duplicate) this.fresh(frame.seq, "ack");
  }

  private history(messages: ChatMessage[]): void {
    if (this.replaysPending > 0) {
      this.increasing(messages);
      if (messages.length < HISTORY_PAGE) this.replaysPending -= 1;
      return;
    }
    for (const message of messages) {
      this.fresh(message.seq, "history");
      this.delivered.push(message);
    }
  }

  /** A seq seen for the first time must come after everything before it. */
  private fresh(seq: number, frame: ServerFrame["type"]): void {
    if (this.seen.has(seq)) {
      this.violations.push({ kind: "duplicate", seq, frame, detail: `seq ${seq} arrived again in a "${frame}" frame` });
    } else if (seq <= this.highest) {
      this.violations.push({ kind: "out_of_order", seq, frame, detail: `seq ${seq} arrived after seq ${this.highest}` });
    }
    this.seen.add(seq);
    this.highest = Math.max(this.highest, seq);
  }

  /** A replay repeats seqs, but still in order and each once. */
  private increasing(messages: ChatMessage[]): void {
    let previous = 0;
    for (const { seq } of messages) {
      if (seq <= previous) this.violations.push({ kind: "out_of_order", seq, frame: "history", detail: `a replay sent seq ${seq} after seq ${previous}` });
      previous = seq;
    }
  }
}
