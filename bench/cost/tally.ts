/**
 * What the cost mix's clients ask of the server, counted on the client side:
 * HTTP requests (WebSocket upgrades included: each is one billed Worker
 * request), frames sent (each is a WebSocket message a Durable Object
 * receives, billed 20:1) and frames received (not billed), and the time each
 * client action waited for its answer (the basis of the Durable Object
 * duration estimate, see cost/model.ts).
 */
import type { FrameSocket } from "../lib/frame-socket.ts";

export interface Counts {
  conversations: number;
  http_requests: number;
  ws_upgrades: number;
  ws_sent: number;
  ws_received: number;
  ai_answers: number;
  /** Questions the AI did not answer: the conversation was queued or a notice came instead. */
  moved_on: number;
  /** Sum over client actions of the time from sending to the awaited answer, ms. */
  waited_ms: number;
}

export function emptyCounts(): Counts {
  return { conversations: 0, http_requests: 0, ws_upgrades: 0, ws_sent: 0, ws_received: 0, ai_answers: 0, moved_on: 0, waited_ms: 0 };
}

export class Tally {
  readonly counts: Counts = emptyCounts();

  http(n = 1): void {
    this.counts.http_requests += n;
  }

  /** A socket the mix opened: its upgrade is counted, and every frame it sends or receives from now on. */
  track(socket: FrameSocket): FrameSocket {
    this.counts.ws_upgrades += 1;
    const send = socket.send.bind(socket);
    socket.send = (frame) => {
      this.counts.ws_sent += 1;
      return send(frame);
    };
    const previous = socket.onFrame;
    socket.onFrame = (frame) => {
      this.counts.ws_received += 1;
      previous?.(frame);
    };
    return socket;
  }

  /** Times one action: from now until `answer` settles. */
  async waited<T>(answer: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await answer();
    } finally {
      this.counts.waited_ms += performance.now() - t0;
    }
  }
}

/** `after` − `before`, field by field. */
export function minus(after: Counts, before: Counts): Counts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof Counts)[]) out[key] = after[key] - before[key];
  return out;
}
