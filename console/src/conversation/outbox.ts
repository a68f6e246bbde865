import { newClientId } from "../lib/client-id.ts";

/** A reply goes to the visitor; a note stays among agents (role `note`), never sent to the visitor. */
export type PendingKind = "reply" | "note";

export interface PendingReply {
  clientId: string;
  kind: PendingKind;
  text: string;
  queuedAt: number;
  /** `waiting`: not yet on a socket (offline); `sent`: on the wire, awaiting its ack; `failed`: refused. */
  status: "waiting" | "sent" | "failed";
  error: string | null;
}

/**
 * Replies the server has not acknowledged yet. Each keeps its clientId for
 * life, so resending after a reconnect can never store it twice.
 */
export class Outbox {
  private items: PendingReply[] = [];

  add(text: string, kind: PendingKind = "reply"): PendingReply {
    const reply: PendingReply = { clientId: newClientId(), kind, text, queuedAt: Date.now(), status: "waiting", error: null };
    this.items = [...this.items, reply];
    return reply;
  }

  list(): readonly PendingReply[] {
    return this.items;
  }

  /** Replies still to put on the socket, oldest first (not those on the wire or refused). */
  toSend(): PendingReply[] {
    return this.items.filter((item) => item.status === "waiting");
  }

  get(clientId: string): PendingReply | undefined {
    return this.items.find((item) => item.clientId === clientId);
  }

  mark(clientId: string, status: PendingReply["status"], error: string | null = null): void {
    this.items = this.items.map((item) => (item.clientId === clientId ? { ...item, status, error } : item));
  }

  /** A socket dropped: what was on the wire must go again. */
  unsend(): void {
    this.items = this.items.map((item) => (item.status === "sent" ? { ...item, status: "waiting" } : item));
  }

  remove(clientId: string): PendingReply | undefined {
    const found = this.get(clientId);
    if (found) this.items = this.items.filter((item) => item.clientId !== clientId);
    return found;
  }
}
