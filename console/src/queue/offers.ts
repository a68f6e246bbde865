import type { QueueEntry } from "../../../worker/protocol/index.ts";
import { Observable } from "../lib/observable.ts";
import type { WithdrawWhy } from "./queue-feed.ts";

/** A conversation auto-assign offered to this agent: theirs if they accept before it expires. */
export interface Offer {
  entry: QueueEntry;
  expiresAt: number;
  /** When this console first showed it: where the countdown bar starts. */
  offeredAt: number;
  /** Accept or decline sent, no answer yet. */
  answering: boolean;
}

/** What the agent reads when an offer goes away without them taking it. */
export function withdrawnText(why: WithdrawWhy, who: string): string {
  switch (why) {
    case "expired":
      return `The offer of ${who} expired: it goes to a teammate.`;
    case "declined":
      return `You passed on ${who}: it goes to a teammate.`;
    case "gone":
      return `The offer of ${who} was withdrawn: the conversation moved on (taken, resolved, or the visitor left).`;
  }
}

/** An offer whose withdrawal never arrived (the link was down) leaves the screen this long after its deadline. */
const STALE_AFTER_MS = 5000;

/**
 * The offers on screen, one per conversation. The server is the judge of
 * expiry (offer_withdrawn); the countdown is only what the agent sees.
 */
export class Offers extends Observable {
  items: Offer[] = [];

  add(entry: QueueEntry, expiresAt: number): boolean {
    const before = this.get(entry.conversationId);
    // A reconnect shows the same offer again: replaced, not doubled.
    const offer: Offer = { entry, expiresAt, offeredAt: before?.offeredAt ?? Math.min(Date.now(), expiresAt - 1000), answering: false };
    this.items = [...this.items.filter((o) => o !== before), offer];
    setTimeout(() => this.items.includes(offer) && this.remove(entry.conversationId), Math.max(0, expiresAt - Date.now()) + STALE_AFTER_MS);
    this.changed();
    return before === null;
  }

  get(conversationId: string): Offer | null {
    return this.items.find((o) => o.entry.conversationId === conversationId) ?? null;
  }

  answering(conversationId: string, on: boolean): void {
    this.items = this.items.map((o) => (o.entry.conversationId === conversationId ? { ...o, answering: on } : o));
    this.changed();
  }

  /** Gone (accepted, withdrawn): the removed offer, if there was one. */
  remove(conversationId: string): Offer | null {
    const offer = this.get(conversationId);
    if (!offer) return null;
    this.items = this.items.filter((o) => o !== offer);
    this.changed();
    return offer;
  }

  /** A team's feed reconnected: its snapshot is followed by the offers still standing, so the old ones go. */
  dropTeam(teamId: string): void {
    const kept = this.items.filter((o) => o.entry.teamId !== teamId);
    if (kept.length === this.items.length) return;
    this.items = kept;
    this.changed();
  }
}
