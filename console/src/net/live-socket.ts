import { ServerFrame, type ClientFrame } from "../../../worker/protocol/index.ts";
import { Backoff } from "./backoff.ts";

/** What a person sees about a socket. */
export type LinkStatus = "connecting" | "online" | "reconnecting" | "offline" | "stopped";

export interface LiveSocketHandlers {
  /** Path and query to connect to, asked afresh on every attempt (resume points move). */
  path(): string;
  onFrame(frame: ServerFrame): void;
  onOpen?(): void;
  onStatus?(status: LinkStatus): void;
  /** The socket closed without ever opening (`times` in a row): maybe the session is gone, maybe the server is. */
  onRefused?(times: number): void;
}

const HEARTBEAT_MS = 20_000;
// No frame and no pong for this long: the connection is half-open; drop it and dial again.
const SILENCE_MS = 50_000;

/**
 * A WebSocket that stays up: reconnects with backoff, keeps alive with the
 * server's "ping"/"pong", validates every frame with the shared protocol and
 * sends only typed client frames.
 */
export class LiveSocket {
  status: LinkStatus = "connecting";
  private ws: WebSocket | null = null;
  private readonly backoff = new Backoff();
  private readonly handlers: LiveSocketHandlers;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private lastHeard = 0;
  private stopped = false;
  private refusals = 0;
  private readonly onOnline = () => this.reconnectNow();

  constructor(handlers: LiveSocketHandlers) {
    this.handlers = handlers;
  }

  start(): void {
    window.addEventListener("online", this.onOnline);
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener("online", this.onOnline);
    clearTimeout(this.retryTimer);
    const ws = this.ws;
    if (ws) this.detach(ws);
    ws?.close(1000, "closed by the agent");
    this.setStatus("stopped");
  }

  get isOpen(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** The only way frames leave the console. False when offline: the caller keeps what it must resend. */
  send(frame: ClientFrame): boolean {
    if (!this.ws || !this.isOpen) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /** Skips the backoff wait: the network came back, or the person asked. */
  reconnectNow(): void {
    if (this.stopped || this.ws) return;
    clearTimeout(this.retryTimer);
    this.connect();
  }

  private connect(): void {
    this.setStatus(this.backoff.attempts === 0 ? "connecting" : "reconnecting");
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(`${scheme}//${location.host}${this.handlers.path()}`);
    this.ws = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      this.lastHeard = Date.now();
      this.startHeartbeat(ws);
      this.setStatus("online");
      this.handlers.onOpen?.();
    };
    ws.onmessage = (event: MessageEvent) => {
      this.lastHeard = Date.now();
      // A frame arrived, so the link really works: the next failure starts from a short wait.
      this.backoff.reset();
      this.refusals = 0;
      if (event.data === "pong") return;
      const frame = decodeFrame(event.data);
      if (frame) this.handlers.onFrame(frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.drop(ws);
      if (!opened) this.handlers.onRefused?.(++this.refusals);
    };
  }

  private startHeartbeat(ws: WebSocket): void {
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      if (Date.now() - this.lastHeard > SILENCE_MS) {
        this.drop(ws);
        try {
          ws.close(4000, "no answer to pings");
        } catch {
          // already closing
        }
        return;
      }
      if (ws.readyState === WebSocket.OPEN) ws.send("ping");
    }, HEARTBEAT_MS);
  }

  private drop(ws: WebSocket): void {
    this.detach(ws);
    if (this.ws === ws) this.ws = null;
    if (this.stopped) return;
    this.setStatus(navigator.onLine ? "reconnecting" : "offline");
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), this.backoff.next());
  }

  private detach(ws: WebSocket): void {
    clearInterval(this.heartbeat);
    ws.onopen = null;
    ws.onmessage = null;
    ws.onclose = null;
  }

  private setStatus(status: LinkStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.handlers.onStatus?.(status);
  }
}

/** Parses and validates one server frame; anything else is logged and ignored. */
function decodeFrame(data: unknown): ServerFrame | null {
  if (typeof data !== "string") return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = ServerFrame.safeParse(json);
  if (parsed.success) return parsed.data;
  console.warn("Baton: ignored a frame that does not match the protocol", parsed.error.issues[0]);
  return null;
}
