import { exports } from "cloudflare:workers";
import { ServerFrame, type ChatMessage, type ClientFrame, type ServerFrameOf } from "../../worker/protocol/index.ts";

export const BASE = "https://baton.test";

type FrameType = ServerFrame["type"];

/**
 * A WebSocket client for tests. Every frame received is checked against the
 * server frame union; anything outside it is recorded as a protocol violation.
 */
export class TestSocket {
  readonly frames: ServerFrame[] = [];
  readonly violations: unknown[] = [];
  closed: { code: number; reason: string } | null = null;
  private readonly consumed = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private readonly ws: WebSocket;

  constructor(ws: WebSocket) {
    this.ws = ws;
    ws.accept();
    ws.addEventListener("message", (event) => {
      const parsed = ServerFrame.safeParse(JSON.parse(String(event.data)));
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
    const find = () => {
      for (let i = 0; i < this.frames.length; i++) {
        const frame = this.frames[i];
        if (this.consumed.has(i) || frame?.type !== type) continue;
        if (where(frame as ServerFrameOf<T>)) {
          this.consumed.add(i);
          return frame as ServerFrameOf<T>;
        }
      }
      return null;
    };
    const now = find();
    if (now) return now;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        const seen = this.frames.map((f) => f.type).join(", ");
        reject(new Error(`timed out after ${timeoutMs} ms waiting for a "${type}" frame; saw: ${seen || "nothing"}`));
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

  /** Every message this socket has seen, by seq, each once. */
  messages(): ChatMessage[] {
    const bySeq = new Map<number, ChatMessage>();
    for (const frame of this.frames) {
      if (frame.type === "history") for (const m of frame.messages) bySeq.set(m.seq, m);
      if (frame.type === "message") bySeq.set(frame.message.seq, frame.message);
    }
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
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
  return new TestSocket(response.webSocket);
}
