import { decodeServerFrame } from "../../worker/protocol/decode.ts";
import type { ClientFrame, ServerFrame } from "../../worker/protocol/index.ts";
import { backoffDelay } from "../../worker/protocol/backoff.ts";

/** Wait before reconnect (or start) attempt `n`: 0.5 s doubling to 30 s, jittered. */
export const reconnectDelay = (n: number): number => backoffDelay(n, 500, 30_000);
/** Keep-alive period; also how long a new socket may take to say welcome. */
const PING_EVERY_MS = 25_000;
/** After a tab wakes up, a socket that does not answer a ping this fast is presumed dead. */
const WAKE_CHECK_MS = 5_000;
/** Close codes 4400–4499 mean "this conversation cannot be opened" (bad token, gone): retrying will not help. */
const rejected = (code: number) => code >= 4400 && code < 4500;

export interface ConnectionHandlers {
  frame(frame: ServerFrame): void;
  status(status: "connecting" | "open" | "offline"): void;
  rejected(): void;
}

export interface Connection {
  /** Sends when the socket is open; false otherwise (the caller keeps it for later). */
  send(frame: ClientFrame): boolean;
  stop(): void;
}

/**
 * One conversation socket that keeps itself alive: reconnects with backoff
 * and jitter, at once when the network returns or the tab wakes, and pings
 * so dead connections (sleep, NAT timeouts, a connect that hangs) are noticed:
 * a socket that stays silent for a whole ping period is replaced.
 * (A closure rather than a class: its state minifies, which the size budget needs.)
 */
export function openConnection(url: () => string, on: ConnectionHandlers): Connection {
  let ws: WebSocket | null = null;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  /** Nothing heard from the server since the last ping (or since connecting). */
  let silent = false;
  let running = true;

  /** Text as is: frames, and the "ping" the server answers "pong" without waking the conversation. */
  const sendRaw = (data: string): boolean => {
    if (ws?.readyState !== WebSocket.OPEN) return false;
    ws.send(data);
    return true;
  };

  const connect = (): void => {
    clearTimeout(retryTimer);
    if (!running || ws) return;
    if (!navigator.onLine) return retry();
    on.status("connecting");
    const socket = new WebSocket(url());
    ws = socket;
    // Silent until the welcome arrives: a connect that hangs counts as dead at the first tick.
    silent = true;
    pingTimer = setInterval(ping, PING_EVERY_MS);
    socket.onmessage = (event) => {
      silent = false;
      if (event.data === "pong") return;
      const frame = decodeServerFrame(event.data);
      if (!frame) return;
      if (frame.type === "welcome") {
        attempt = 0;
        on.status("open");
      }
      on.frame(frame);
    };
    socket.onclose = (event) => {
      if (ws !== socket) return;
      drop(false);
      if (rejected(event.code)) return on.rejected();
      retry();
    };
  };

  const retry = (): void => {
    if (!running) return;
    on.status(navigator.onLine ? "connecting" : "offline");
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, reconnectDelay(attempt++));
  };

  const ping = (): void => {
    // No answer since the last ping: the connection is gone even if the socket does not know yet.
    if (silent) return lost();
    silent = sendRaw("ping");
  };

  /** Forgets the socket at once instead of waiting for a close handshake that may never come. */
  const drop = (reconnect: boolean): void => {
    const socket = ws;
    ws = null;
    clearInterval(pingTimer);
    if (socket) {
      socket.onclose = socket.onmessage = null;
      socket.close();
    }
    if (reconnect) retry();
  };

  const lost = (): void => drop(true);

  const wake = (): void => {
    if (document.visibilityState !== "visible" || !running) return;
    if (!ws) {
      attempt = 0;
      return connect();
    }
    const socket = ws;
    if (!sendRaw("ping")) return;
    silent = true;
    setTimeout(() => ws === socket && silent && lost(), WAKE_CHECK_MS);
  };

  addEventListener("online", wake);
  addEventListener("offline", lost);
  document.addEventListener("visibilitychange", wake);
  connect();

  return {
    send: (frame) => sendRaw(JSON.stringify(frame)),
    stop() {
      running = false;
      removeEventListener("online", wake);
      removeEventListener("offline", lost);
      document.removeEventListener("visibilitychange", wake);
      clearTimeout(retryTimer);
      drop(false);
    },
  };
}
