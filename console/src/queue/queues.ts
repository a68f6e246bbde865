import type { AgentRef, QueueEntry, TeamLoad } from "../../../worker/protocol/index.ts";
import { Observable } from "../lib/observable.ts";
import type { LinkStatus } from "../net/live-socket.ts";
import type { PresenceFeed } from "../presence/presence-feed.ts";
import { ALL_TEAM, QueueFeed, type QueueEvents } from "./queue-feed.ts";

/** One team's part of the queue panel. */
export interface QueueGroup {
  teamId: string;
  /** From the roster: name, who is online, free slots, manual or auto; null until it arrives. */
  load: TeamLoad | null;
  feed: QueueFeed;
}

// Worst first: the top bar shows the link that needs attention.
const LINK_ORDER: LinkStatus[] = ["offline", "reconnecting", "connecting", "stopped", "online"];

/**
 * Every queue this agent watches: one feed per team they are in (the roster
 * on the presence socket lists them), the everyone-team always. Opens and
 * closes feeds as teams come and go; claims go to the feed that holds the
 * conversation.
 */
export class Queues extends Observable {
  private readonly feeds = new Map<string, QueueFeed>();
  private readonly me: AgentRef;
  private readonly events: QueueEvents;
  private readonly presence: PresenceFeed;
  private started = false;
  private stopPresence: (() => void) | null = null;

  constructor(me: AgentRef, presence: PresenceFeed, events: QueueEvents) {
    super();
    this.me = me;
    this.presence = presence;
    this.events = events;
  }

  start(): void {
    this.started = true;
    // The everyone-team needs no roster to be known: its queue opens at once, as it always did.
    this.open(ALL_TEAM);
    this.stopPresence = this.presence.subscribe(() => this.sync());
    this.sync();
  }

  stop(): void {
    this.started = false;
    this.stopPresence?.();
    for (const feed of this.feeds.values()) feed.stop();
    this.feeds.clear();
  }

  /** Teams in the roster's order (named teams first, everyone last), each with its feed. */
  groups(): QueueGroup[] {
    const loads = this.presence.teams;
    const ordered = loads.flatMap((load) => {
      const feed = this.feeds.get(load.teamId);
      return feed ? [{ teamId: load.teamId, load, feed }] : [];
    });
    const unlisted = [...this.feeds.values()].filter((f) => !loads.some((l) => l.teamId === f.teamId));
    return [...ordered, ...unlisted.map((feed) => ({ teamId: feed.teamId, load: null, feed }))];
  }

  /** Everyone waiting, across teams. */
  get waiting(): QueueEntry[] {
    return [...this.feeds.values()].flatMap((f) => f.waiting);
  }

  get loaded(): boolean {
    return [...this.feeds.values()].every((f) => f.loaded);
  }

  get link(): LinkStatus {
    const links = [...this.feeds.values()].map((f) => f.link);
    return LINK_ORDER.find((status) => links.includes(status)) ?? "connecting";
  }

  feed(teamId: string): QueueFeed | null {
    return this.feeds.get(teamId) ?? null;
  }

  entry(conversationId: string): QueueEntry | null {
    for (const feed of this.feeds.values()) {
      const entry = feed.entry(conversationId);
      if (entry) return entry;
    }
    return null;
  }

  isClaiming(conversationId: string): boolean {
    return [...this.feeds.values()].some((f) => f.claiming.has(conversationId));
  }

  claim(conversationId: string): void {
    this.holderOf(conversationId)?.claim(conversationId);
  }

  reconnectNow(): void {
    for (const feed of this.feeds.values()) feed.reconnectNow();
  }

  /** The feed whose line the conversation waits in; else the feed that last heard of it. */
  holderOf(conversationId: string): QueueFeed | null {
    const feeds = [...this.feeds.values()];
    return feeds.find((f) => f.position(conversationId) > 0) ?? feeds.find((f) => f.entry(conversationId)) ?? this.feeds.get(this.entry(conversationId)?.teamId ?? ALL_TEAM) ?? null;
  }

  private sync(): void {
    if (!this.started || !this.presence.loaded) return;
    const wanted = new Set([ALL_TEAM, ...this.presence.teams.map((t) => t.teamId)]);
    let changed = false;
    for (const teamId of wanted) changed = this.open(teamId) || changed;
    for (const [teamId, feed] of this.feeds) {
      if (wanted.has(teamId)) continue;
      // Removed from the team (or it was deleted): its line is no longer ours to watch.
      feed.stop();
      this.feeds.delete(teamId);
      changed = true;
    }
    // Team loads changed too (online, free): the panel re-reads them.
    if (!changed) this.changed();
  }

  private open(teamId: string): boolean {
    if (this.feeds.has(teamId)) return false;
    const feed = new QueueFeed(this.me, teamId, this.events);
    feed.subscribe(() => this.changed());
    this.feeds.set(teamId, feed);
    feed.start();
    this.changed();
    return true;
  }
}
