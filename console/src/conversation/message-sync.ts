import type { AgentRef, ChatMessage, ClientFrame, ServerFrameOf } from "../../../worker/protocol/index.ts";
import { sentence } from "../lib/format.ts";
import { MessageList } from "./message-list.ts";
import { Outbox, type PendingKind, type PendingReply } from "./outbox.ts";

export interface SyncHandlers {
  send(frame: ClientFrame): boolean;
  /** A stored message arrived (`live`: after the first load, so worth an alert when it is someone else's). */
  onStored(message: ChatMessage, live: boolean): void;
}

/**
 * A conversation's log and outbox kept in step with the server: history
 * pages, live messages and acks merged by seq, holes asked for once, and
 * replies and notes sent (again, after a reconnect) until acknowledged.
 */
export class MessageSync {
  readonly messages = new MessageList();
  readonly outbox = new Outbox();
  loaded = false;
  private serverLastSeq = 0;
  private resumedFrom = -1;
  private readonly me: AgentRef;
  private readonly handlers: SyncHandlers;

  constructor(me: AgentRef, handlers: SyncHandlers) {
    this.me = me;
    this.handlers = handlers;
  }

  welcome(lastSeq: number): void {
    this.serverLastSeq = lastSeq;
    this.resumedFrom = -1;
  }

  history(messages: ChatMessage[]): void {
    const live = this.loaded;
    for (const message of messages) this.take(message, live);
    // History pages arrive back to back; once we hold everything the welcome announced, we are loaded.
    if (this.messages.contiguousSeq >= this.serverLastSeq || messages.length === 0) {
      const firstLoad = !this.loaded;
      this.loaded = true;
      if (firstLoad || live) this.flush();
    }
    this.fillGap();
  }

  message(message: ChatMessage): void {
    this.take(message, this.loaded);
    this.fillGap();
  }

  ack(frame: ServerFrameOf<"ack">): void {
    const pending = this.outbox.remove(frame.clientId);
    if (!pending) return;
    const { clientId, seq, id, at } = frame;
    const role = pending.kind === "note" ? "note" : "agent";
    this.messages.add({ seq, id, clientId, role, author: this.me.name, authorId: this.me.id, text: pending.text, at });
    this.fillGap();
  }

  /** Queues a reply or note and sends it if the socket is up. */
  add(text: string, kind: PendingKind): PendingReply {
    const pending = this.outbox.add(text, kind);
    this.sendPending(pending.clientId);
    return pending;
  }

  retry(clientId: string): void {
    this.outbox.mark(clientId, "waiting");
    this.sendPending(clientId);
  }

  /** The server refused something we sent; true when it was one of our pending messages. */
  refused(ref: string | undefined, message: string): boolean {
    if (!ref || !this.outbox.get(ref)) return false;
    this.outbox.mark(ref, "failed", sentence(message));
    return true;
  }

  /** The link dropped: what was on the wire goes again after the next welcome. */
  unsend(): void {
    this.outbox.unsend();
  }

  private sendPending(clientId: string): void {
    const pending = this.outbox.get(clientId);
    if (!pending || !this.loaded) return;
    const frame: ClientFrame = { type: pending.kind === "note" ? "note" : "message", clientId, text: pending.text };
    if (this.handlers.send(frame)) this.outbox.mark(clientId, "sent");
  }

  private take(message: ChatMessage, live: boolean): void {
    if ((message.role === "agent" || message.role === "note") && message.clientId) this.outbox.remove(message.clientId);
    if (!this.messages.add(message)) return;
    this.handlers.onStored(message, live);
  }

  /** A seq is missing below the newest one: ask for everything after the hole, once per hole. */
  private fillGap(): void {
    const from = this.messages.contiguousSeq;
    if (from >= this.messages.highestSeq || from === this.resumedFrom) return;
    this.resumedFrom = from;
    this.handlers.send({ type: "resume", after: from });
  }

  private flush(): void {
    for (const pending of this.outbox.toSend()) this.sendPending(pending.clientId);
  }
}
