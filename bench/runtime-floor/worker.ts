/**
 * The runtime floor: the least a Durable Object relay on the Hibernation API
 * can do, to compare the product against. One object per room; the visitor's
 * frames go to the room's agent sockets, untouched.
 *   /ws/forward/<room>/<role>   forward only
 *   /ws/persist/<room>/<role>   one SQLite insert, then forward (what any durable chat must do)
 * role is "visitor" or "agent".
 *   GET /api/meter              with METER=on: the same counts as the product's meter
 *                               (worker/durable/meter.ts), so the bench sets the two side by side
 */
import { DurableObject } from "cloudflare:workers";

interface Env {
  ROOM: DurableObjectNamespace<Room>;
  METER?: string;
}

// Module-level, like the product's meter: all objects of this worker share one isolate under wrangler dev.
type Counter = "wakes" | "fetch" | "webSocketMessage" | "webSocketClose" | "alarm";
const room: Record<Counter, number> = { wakes: 0, fetch: 0, webSocketMessage: 0, webSocketClose: 0, alarm: 0 };
const worker = { fetch: 0 };

function meter(env: Env, counter: Counter): void {
  if (env.METER === "on") room[counter]++;
}

type Mode = "forward" | "persist";

const ROUTE = /^\/ws\/(forward|persist)\/([\w-]{1,64})\/(visitor|agent)$/;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (env.METER === "on") {
      worker.fetch++;
      if (path === "/api/meter") return Response.json({ at: Date.now(), owners: { Worker: worker, Room: room } });
    }
    const route = ROUTE.exec(path);
    if (!route) return new Response("runtime floor: GET /ws/<forward|persist>/<room>/<visitor|agent>", { status: 404 });
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    return env.ROOM.get(env.ROOM.idFromName(`${route[1]}:${route[2]}`)).fetch(request);
  },
} satisfies ExportedHandler<Env>;

export class Room extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    meter(env, "wakes");
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL, at INTEGER NOT NULL)");
  }

  override async fetch(request: Request): Promise<Response> {
    meter(this.env, "fetch");
    const route = ROUTE.exec(new URL(request.url).pathname);
    if (!route) return new Response("bad route", { status: 400 });
    const { 0: client, 1: server } = new WebSocketPair();
    // Tags carry everything: nothing is kept in memory across hibernation.
    this.ctx.acceptWebSocket(server, [route[3] ?? "visitor", route[1] ?? "forward"]);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    meter(this.env, "webSocketMessage");
    const [role, mode] = this.ctx.getTags(ws) as [string, Mode];
    if (role !== "visitor") return;
    if (mode === "persist") {
      this.ctx.storage.sql.exec("INSERT INTO messages (body, at) VALUES (?, ?)", typeof message === "string" ? message : "(binary)", Date.now());
    }
    for (const agent of this.ctx.getWebSockets("agent")) {
      try {
        agent.send(message);
      } catch {
        // closing; webSocketClose tidies up
      }
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    meter(this.env, "webSocketClose");
    try {
      ws.close(code, reason);
    } catch {
      // already closed
    }
  }
}
