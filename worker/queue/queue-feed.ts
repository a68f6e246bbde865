import type { SocketHub } from "../durable/sockets.ts";
import type { QueueEntry, ServerFrameOf } from "../protocol/index.ts";

type Update = Omit<ServerFrameOf<"queue_update">, "type">;

/** How long updates gather before they go out together. */
export const FEED_BATCH_MS = 50;

/**
 * What a team's agents see of its queue, sent in batches: a burst of
 * handoffs is one frame per agent every 50 ms, not one per change per agent
 * (which, with hundreds of agents, is what slows a burst down). A change
 * after a quiet spell goes out at once, so a lone handoff is not held back;
 * within a batch only an entry's latest change is kept. A single change goes
 * as a plain `queue_update`; several as one `queue_batch`.
 */
export class QueueFeed {
  private readonly hub: SocketHub;
  private pending = new Map<string, Update>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSentAt = 0;

  constructor(hub: SocketHub) {
    this.hub = hub;
  }

  push(event: Update["event"], entry: QueueEntry): void {
    this.pending.delete(entry.conversationId);
    this.pending.set(entry.conversationId, { event, entry });
    if (this.timer) return;
    const quietFor = Date.now() - this.lastSentAt;
    if (quietFor >= FEED_BATCH_MS) return this.flush();
    this.timer = setTimeout(() => this.flush(), FEED_BATCH_MS - quietFor);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const updates = [...this.pending.values()];
    this.pending = new Map();
    if (updates.length > 0) this.lastSentAt = Date.now();
    const [only] = updates;
    if (updates.length === 1 && only) this.hub.broadcast({ type: "queue_update", ...only }, { role: "agent" });
    else if (updates.length > 1) this.hub.broadcast({ type: "queue_batch", updates }, { role: "agent" });
  }
}
