import type { AgentRef, QueueEntry, ServerFrame, ServerFrameOf } from "../../../worker/protocol/index.ts";
import { sentence } from "../lib/format.ts";
import { Observable } from "../lib/observable.ts";
import { LiveSocket, type LinkStatus } from "../net/live-socket.ts";
import { socketPath } from "../api/workspace-path.ts";
import { byPriority } from "./queue-order.ts";

export type ReleaseWhy = ServerFrameOf<"released">["why"];
export type WithdrawWhy = ServerFrameOf<"offer_withdrawn">["why"];

export interface QueueEvents {
  /** The agent's own assigned conversations in this team, from each (re)connect's snapshot (offers still standing follow it). */
  onMine(entries: QueueEntry[], teamId: string): void;
  /** A conversation became this agent's: its claim or accepted offer won, or another tab of theirs took it. */
  onAssigned(entry: QueueEntry, byThisTab: boolean): void;
  /** Resolved, handed back, moved, or became a follow-up (the reason ends with why); gone from this queue. */
  onRemoved(entry: QueueEntry): void;
  /** A conversation joined the waiting line while we watched. */
  onNewWaiting(entry: QueueEntry): void;
  onClaimFailed(conversationId: string | null, message: string, code: string): void;
  /** Auto-assign chose this agent: accept before `expiresAt`, or decline. */
  onOffer(entry: QueueEntry, expiresAt: number): void;
  onOfferWithdrawn(conversationId: string, why: WithdrawWhy): void;
  /** The server took a conversation from this agent (away too long, unanswered, deactivated). */
  onReleased(conversationId: string, why: ReleaseWhy): void;
  /** Someone has waited too long; `level` grows with each re-alert. */
  onAlert(entry: QueueEntry | null, level: number): void;
  onRefused(): void;
}

/** The everyone-team has the workspace's own path; every other team its own. */
export const ALL_TEAM = "all";

/**
 * One team's live queue: who waits (in the server's priority order), and
 * claims, offers and their answers. The server pushes every change; nothing
 * here polls. Queues (queues.ts) holds one per team the agent is in.
 */
export class QueueFeed extends Observable {
  readonly teamId: string;
  waiting: QueueEntry[] = [];
  agentsOnline = 0;
  link: LinkStatus = "connecting";
  loaded = false;
  /** Claims (and accepted offers) sent and not yet answered, by conversation id. */
  readonly claiming = new Set<string>();
  private readonly known = new Map<string, QueueEntry>();
  /** Released conversations wait at the front of the line again (the server's rule 2). */
  private readonly front = new Set<string>();
  private readonly me: AgentRef;
  private readonly events: QueueEvents;
  private readonly socket: LiveSocket;

  constructor(me: AgentRef, teamId: string, events: QueueEvents) {
    super();
    this.me = me;
    this.teamId = teamId;
    this.events = events;
    const path = teamId === ALL_TEAM ? "/queue" : `/teams/${encodeURIComponent(teamId)}/queue`;
    this.socket = new LiveSocket({
      path: () => socketPath(path),
      onFrame: (frame) => this.onFrame(frame),
      onStatus: (status) => {
        this.link = status;
        // A claim in flight when the link drops has an unknown outcome; the next snapshot tells.
        if (status !== "online") this.claiming.clear();
        this.changed();
      },
      onRefused: () => this.events.onRefused(),
    });
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    this.socket.stop();
  }

  reconnectNow(): void {
    this.socket.reconnectNow();
  }

  /** The last entry the queue told us about this conversation, waiting or not. */
  entry(conversationId: string): QueueEntry | null {
    return this.known.get(conversationId) ?? null;
  }

  /** 1-based place in this team's line, 0 when not waiting. */
  position(conversationId: string): number {
    return this.waiting.findIndex((e) => e.conversationId === conversationId) + 1;
  }

  claim(conversationId: string): void {
    this.request(conversationId, "claim");
  }

  acceptOffer(conversationId: string): void {
    this.request(conversationId, "accept_offer");
  }

  /** The server answers with offer_withdrawn (declined) and asks the next agent. */
  declineOffer(conversationId: string): boolean {
    return this.socket.send({ type: "decline_offer", conversationId });
  }

  private request(conversationId: string, type: "claim" | "accept_offer"): void {
    if (this.claiming.has(conversationId)) return;
    if (!this.socket.send({ type, conversationId })) {
      this.events.onClaimFailed(conversationId, "You are offline. Try again once the queue reconnects.", "offline");
      return;
    }
    this.claiming.add(conversationId);
    this.changed();
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case "queue_snapshot":
        // The snapshot is in the server's order; what arrives later is placed by the same rule.
        this.waiting = frame.waiting;
        this.front.clear();
        this.agentsOnline = frame.agentsOnline;
        for (const entry of [...frame.waiting, ...frame.mine]) this.known.set(entry.conversationId, entry);
        this.loaded = true;
        this.events.onMine(frame.mine, this.teamId);
        break;
      case "queue_update":
        this.onUpdate(frame);
        break;
      case "queue_batch":
        for (const update of frame.updates) this.onUpdate({ type: "queue_update", ...update });
        break;
      case "presence":
        this.agentsOnline = frame.agentsOnline;
        break;
      case "claimed":
        this.onClaimed(frame.conversationId);
        break;
      case "offer":
        this.known.set(frame.entry.conversationId, frame.entry);
        this.events.onOffer(frame.entry, frame.expiresAt);
        return;
      case "offer_withdrawn":
        this.claiming.delete(frame.conversationId);
        this.events.onOfferWithdrawn(frame.conversationId, frame.why);
        break;
      case "released":
        this.events.onReleased(frame.conversationId, frame.why);
        return;
      case "alert":
        this.onAlert(frame);
        break;
      case "error": {
        const id = frame.ref && this.claiming.has(frame.ref) ? frame.ref : null;
        if (id) this.claiming.delete(id);
        this.events.onClaimFailed(id, sentence(frame.message), frame.code);
        break;
      }
      default:
        return;
    }
    this.changed();
  }

  private onClaimed(conversationId: string): void {
    this.claiming.delete(conversationId);
    const entry = this.known.get(conversationId);
    this.waiting = this.waiting.filter((e) => e.conversationId !== conversationId);
    if (entry) this.events.onAssigned({ ...entry, status: "assigned", agent: this.me }, true);
  }

  private onAlert(frame: ServerFrameOf<"alert">): void {
    const raise = (e: QueueEntry) => (e.conversationId === frame.conversationId ? { ...e, alerts: Math.max(e.alerts, frame.level) } : e);
    this.waiting = this.waiting.map(raise);
    const entry = this.waiting.find((e) => e.conversationId === frame.conversationId) ?? null;
    if (entry) this.known.set(entry.conversationId, entry);
    this.events.onAlert(entry, frame.level);
  }

  private onUpdate(frame: ServerFrameOf<"queue_update">): void {
    const { entry, event } = frame;
    const id = entry.conversationId;
    const before = this.known.get(id);
    const wasWaiting = this.waiting.some((e) => e.conversationId === id);
    this.known.set(id, entry);
    this.waiting = this.waiting.filter((e) => e.conversationId !== id);
    if (event === "waiting") {
      // Back from an agent: the server puts it at the head of its line again.
      if (before?.status === "assigned") this.front.add(id);
      this.waiting = byPriority([...this.waiting, entry], this.front);
      if (!wasWaiting) this.events.onNewWaiting(entry);
    } else if (event === "claimed" && entry.agent?.id === this.me.id) {
      this.events.onAssigned(entry, false);
    } else if (event === "removed") {
      this.front.delete(id);
      this.events.onRemoved(entry);
    }
  }
}
