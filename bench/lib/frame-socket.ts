/**
 * A `ws` client that parses JSON frames and lets callers wait for the next
 * frame matching a predicate (a frame settles every wait it matches). Frames nobody waits for are kept in a short
 * backlog (a frame may arrive before its waiter is registered), then dropped,
 * so a long run does not grow memory.
 */
import WebSocket from "ws";

export type Frame = { type: string } & Record<string, unknown>;

interface Waiter {
  match: (frame: Frame) => boolean;
  resolve: (frame: Frame) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const BACKLOG = 64;

export class FrameSocket {
  readonly ws: WebSocket;
  /** Hot-path hook: sees every frame first (raw text and parsed). */
  onFrame: ((frame: Frame) => void) | null = null;
  closed = false;
  /** Why it closed (code and reason, or the error), for failure reports. */
  closeInfo = "";
  private readonly waiters = new Set<Waiter>();
  private readonly backlog: Frame[] = [];

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on("message", (data) => this.receive(String(data)));
    ws.on("close", (code, reason) => {
      this.closed = true;
      this.closeInfo ||= `closed ${code} ${String(reason)}`.trim();
      for (const waiter of this.waiters) waiter.reject(new Error("socket closed"));
      this.waiters.clear();
    });
    ws.on("error", (error) => {
      this.closeInfo ||= `error ${error.message}`;
    });
  }

  static open(url: string, headers: Record<string, string> = {}, timeoutMs = 10_000): Promise<FrameSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers, perMessageDeflate: false, handshakeTimeout: timeoutMs });
      const socket = new FrameSocket(ws);
      ws.once("open", () => resolve(socket));
      ws.once("error", (error) => reject(new Error(`${url.replace(/token=[^&]+/, "token=…")}: ${error.message}`)));
      ws.once("unexpected-response", (_request, response) =>
        reject(new Error(`${url.replace(/token=[^&]+/, "token=…")}: HTTP ${response.statusCode}`)),
      );
    });
  }

  send(frame: object | string): boolean {
    if (this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
    return true;
  }

  /** The next frame (from the backlog first) that matches; rejects after `timeoutMs`. */
  waitFor(match: (frame: Frame) => boolean, timeoutMs: number, what = "frame"): Promise<Frame> {
    const index = this.backlog.findIndex(match);
    if (index >= 0) return Promise.resolve(this.backlog.splice(index, 1)[0] as Frame);
    if (this.closed) return Promise.reject(new Error(`socket closed while waiting for ${what}`));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`no ${what} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Forgets unclaimed frames, so the next `waitFor` only sees what arrives from now on. */
  clearBacklog(): void {
    this.backlog.length = 0;
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
  }

  private receive(text: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(text) as Frame;
    } catch {
      frame = { type: "raw", text };
    }
    this.onFrame?.(frame);
    // Every waiter it matches: one queue_batch answers the waits of many handoffs at once.
    let matched = false;
    for (const waiter of this.waiters) {
      if (!waiter.match(frame)) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve(frame);
      matched = true;
    }
    if (matched) return;
    this.backlog.push(frame);
    if (this.backlog.length > BACKLOG) this.backlog.shift();
  }
}
