import { exports } from "cloudflare:workers";
import { ServerFrame, type ChatMessage, type ClientFrame, type ServerFrameOf } from "../../worker/protocol/index.ts";
import { DeliveryOrder } from "./delivery-order.ts";

export const BASE = "https://baton.test";

type FrameType = ServerFrame["type"];

/**
 * Every socket a test file opened, with how many of its violations were
 * reported, so that test/setup.ts fails the test during which one saw one.
 */
const opened = new Map<TestSocket, number>();

/**
 * A WebSocket client for tests. Every frame received is checked against the
 * server frame union, and every message against exactly-once, in-order
 * delivery (delivery-order.ts); anything else is recorded as a violation.
 */
export class TestSocket {
  readonly frames: ServerFrame[] = [];
  readonly violations: unknown[] = [];
  closed: { code: number; reason: string } | null = null;
  readonly path: string;
  private readonly order = new DeliveryOrder();
  private readonly consumed = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private readonly ws: WebSocket;

  constructor(ws: WebSocket, path = "(socket)") {
    this.ws = ws;
    this.path = path;
    opened.set(this, 0);
    ws.accept();
    ws.addEventListener("message", (event) => {
      const parsed = ServerFrame.safeParse(JSON.parse(String(event.data)));
      if (parsed.success) {
        const before = this.order.violations.length;
        this.order.observe(parsed.data);
        this.violations.push(...this.order.violations.slice(before));
      }
      // A batch of queue changes is read as the console reads it: each change in turn.
      if (parsed.success && parsed.data.type === "queue_batch") for (const u of parsed.data.updates) this.frames.push({ type: "queue_update", ...u });
      else if (parsed.success) this.frames.push(parsed.data);
      else this.violations.push({ data: event.data, error: parsed.error.message });
      for (const listener of this.listeners) listener();
    });
    ws.addEventListener("close", (event) => {
      this.closed = { code: event.code, reason: event.reason };
      for (const listener of this.listeners) listener();
    });
  }

  send(frame: ClientFrame): void {
    if (frame.type === "resume") this.order.resumeRequested();
    this.ws.send(JSON.stringify(frame));
  }

  sendRaw(data: string | ArrayBuffer): void {
    this.ws.send(data);
  }

  close(): void {
    this.ws.close(1000, "test done");
  }

  /** The next frame of `type` (matching `where`) not taken before; waits for it. */
  async take<T extends FrameType>(
    type: T,
    where: (frame: ServerFrameOf<T>) => boolean = () => true,
    timeoutMs = 4000,
  ): Promise<ServerFrameOf<T>> {
    // Each frame is looked at once per take: a socket fuzzed with 10,000 frames would be quadratic otherwise.
    let scanned = 0;
    const find = () => {
      for (let i = scanned; i < this.frames.length; i++) {
        const frame = this.frames[i];
        if (this.consumed.has(i) || frame?.type !== type) continue;
        if (where(frame as ServerFrameOf<T>)) {
          this.consumed.add(i);
          return frame as ServerFrameOf<T>;
        }
      }
      scanned = this.frames.length;
      return null;
    };
    const now = find();
    if (now) return now;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        const seen = this.frames.slice(-40).map((f) => f.type).join(", ");
        reject(new Error(`timed out after ${timeoutMs} ms waiting for a "${type}" frame; saw (last 40): ${seen || "nothing"}`));
      }, timeoutMs);
      const check = () => {
        const frame = find();
        if (!frame) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(frame);
      };
      this.listeners.add(check);
    });
  }

  /** A chat message (from history or live) matching `where`. */
  async message(where: (m: ChatMessage) => boolean, timeoutMs = 4000): Promise<ChatMessage> {
    const inHistory = this.messages().find(where);
    if (inHistory) return inHistory;
    const frame = await this.take("message", (f) => where(f.message), timeoutMs);
    return frame.message;
  }

  /**
   * Every message this socket was delivered, as it arrived: the history after
   * connect, then live messages (replays asked for with `resume` are not
   * repeated here; take their `history` frames). Nothing is merged: a message
   * delivered twice shows twice, and is a violation besides.
   */
  messages(): ChatMessage[] {
    return [...this.order.delivered];
  }

  /** Resolves once no frame has arrived for `quietMs`. */
  async settle(quietMs = 150): Promise<void> {
    let count = -1;
    while (count !== this.frames.length) {
      count = this.frames.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
  }
}

export async function openSocket(path: string, headers: Record<string, string>): Promise<TestSocket> {
  const response = await exports.default.fetch(`${BASE}${path}`, { headers: { Upgrade: "websocket", ...headers } });
  if (!response.webSocket) throw new Error(`upgrade of ${path} failed: ${response.status} ${await response.text()}`);
  return new TestSocket(response.webSocket, path.split("?")[0]);
}

/** Violations seen since the last call, by socket: test/setup.ts fails the test they happened in. */
export function newSocketViolations(): { path: string; violations: unknown[] }[] {
  const found: { path: string; violations: unknown[] }[] = [];
  for (const [socket, reported] of opened) {
    if (socket.violations.length === reported) continue;
    found.push({ path: socket.path, violations: socket.violations.slice(reported) });
    opened.set(socket, socket.violations.length);
  }
  return found;
}
