import type { AgentRef, QueueEntry, ServerFrame, ServerFrameOf } from "../../../worker/protocol/index.ts";
import { sentence } from "../lib/format.ts";
import { Observable } from "../lib/observable.ts";
import { LiveSocket, type LinkStatus } from "../net/live-socket.ts";
import { socketPath } from "../api/workspace-path.ts";

export interface QueueEvents {
  /** The agent's own assigned conversations, from each (re)connect's snapshot. */
  onMine(entries: QueueEntry[]): void;
  /** A conversation became this agent's: its claim won, or another tab of theirs claimed it. */
  onAssigned(entry: QueueEntry, byThisTab: boolean): void;
  /** Resolved or handed back (the conversation socket says which); gone from the queue. */
  onRemoved(entry: QueueEntry): void;
  /** A conversation joined the waiting line while we watched. */
  onNewWaiting(entry: QueueEntry): void;
  onClaimFailed(conversationId: string | null, message: string, code: string): void;
  onRefused(): void;
}

/**
 * The live queue: who waits (oldest first), how many agents are online,
 * and claims. The server pushes every change; nothing here polls.
 */
export class QueueFeed extends Observable {
  waiting: QueueEntry[] = [];
  agentsOnline = 0;
  link: LinkStatus = "connecting";
  loaded = false;
  /** Claims sent and not yet answered, by conversation id. */
  readonly claiming = new Set<string>();
  private readonly known = new Map<string, QueueEntry>();
  private readonly me: AgentRef;
  private readonly events: QueueEvents;
  private readonly socket: LiveSocket;

  constructor(me: AgentRef, events: QueueEvents) {
    super();
    this.me = me;
    this.events = events;
    this.socket = new LiveSocket({
      path: () => socketPath("/queue"),
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

  claim(conversationId: string): void {
    if (this.claiming.has(conversationId)) return;
    if (!this.socket.send({ type: "claim", conversationId })) {
      this.events.onClaimFailed(conversationId, "You are offline. Claim again once the queue reconnects.", "offline");
      return;
    }
    this.claiming.add(conversationId);
    this.changed();
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case "queue_snapshot":
        this.waiting = sortByWait(frame.waiting);
        this.agentsOnline = frame.agentsOnline;
        for (const entry of [...frame.waiting, ...frame.mine]) this.known.set(entry.conversationId, entry);
        this.loaded = true;
        this.events.onMine(frame.mine);
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
      case "claimed": {
        this.claiming.delete(frame.conversationId);
        const entry = this.known.get(frame.conversationId);
        this.waiting = this.waiting.filter((e) => e.conversationId !== frame.conversationId);
        if (entry) this.events.onAssigned({ ...entry, status: "assigned", agent: this.me }, true);
        break;
      }
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

  private onUpdate(frame: ServerFrameOf<"queue_update">): void {
    const { entry, event } = frame;
    const id = entry.conversationId;
    const wasWaiting = this.waiting.some((e) => e.conversationId === id);
    this.known.set(id, entry);
    this.waiting = this.waiting.filter((e) => e.conversationId !== id);
    if (event === "waiting") {
      this.waiting = sortByWait([...this.waiting, entry]);
      if (!wasWaiting) this.events.onNewWaiting(entry);
    } else if (event === "claimed" && entry.agent?.id === this.me.id) {
      this.events.onAssigned(entry, false);
    } else if (event === "removed") {
      this.events.onRemoved(entry);
    }
  }
}

function sortByWait(entries: QueueEntry[]): QueueEntry[] {
  return [...entries].sort((a, b) => a.queuedAt - b.queuedAt || a.conversationId.localeCompare(b.conversationId));
}
