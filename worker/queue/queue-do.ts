import { DurableObject } from "cloudflare:workers";
import { migrate } from "../durable/migrate.ts";
import { identityFromHeader, send, SocketHub, type AgentSockets } from "../durable/sockets.ts";
import { conversationStub, IDENTITY_HEADER } from "../durable/stubs.ts";
import type { Env } from "../env.ts";
import { parseClientFrame, type AgentRef, type QueueEntry } from "../protocol/index.ts";
import type { AssignResult } from "../conversation/conversation-do.ts";
import { QUEUE_SCHEMA, QueueStore } from "./queue-store.ts";

/**
 * Routing: which agents are online (their console's queue socket), which
 * conversations wait, in order of arrival, and who claimed what. Every change
 * is pushed to every connected console as it happens.
 */
export class QueueDO extends DurableObject<Env> {
  private readonly hub: SocketHub;
  private readonly store: QueueStore;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    migrate(ctx.storage.sql, QUEUE_SCHEMA);
    this.hub = new SocketHub(ctx);
    this.store = new QueueStore(ctx.storage.sql);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  /** A conversation asks for a person. Idempotent: the outbox may deliver it twice. */
  async enqueue(entry: QueueEntry): Promise<{ agentsOnline: number; position: number }> {
    const existing = this.store.get(entry.conversationId);
    if (existing?.status !== "assigned") {
      this.store.put({ ...entry, status: "waiting", agent: null });
      this.hub.broadcast({ type: "queue_update", event: "waiting", entry: { ...entry, status: "waiting", agent: null } });
    }
    return { agentsOnline: this.hub.agentsOnline(), position: this.store.position(entry.conversationId) };
  }

  /** The conversation was resolved or handed back to the AI: it leaves the queue. */
  async remove(conversationId: string, why: "resolved" | "handed_back"): Promise<void> {
    const entry = this.store.get(conversationId);
    if (!entry) return;
    this.store.delete(conversationId);
    this.hub.broadcast({ type: "queue_update", event: "removed", entry: { ...entry, reason: `${entry.reason} (${why.replace("_", " ")})` } });
  }

  /**
   * An agent's session ended (4401: the console shows its login screen) or
   * their access was taken away (4403): those feeds close at once. Returns the
   * conversations where the agent may have sockets open too: those they hold
   * and those waiting (which any member may preview).
   */
  async disconnect(who: AgentSockets, code: number, reason: string): Promise<string[]> {
    const closed = this.hub.closeAgent(who, code, reason);
    if (closed > 0) this.hub.broadcast({ type: "presence", agentsOnline: this.hub.agentsOnline() });
    return [...this.store.assignedTo(who.agentId), ...this.store.waiting()].map((entry) => entry.conversationId);
  }

  /**
   * The agent can no longer work here (deactivated): each conversation they
   * hold waits again, keeping its place in line (its original queuedAt), and
   * the online agents see it come back. Returns how many were released.
   */
  async releaseAgent(agentId: string): Promise<number> {
    let released = 0;
    for (const entry of this.store.assignedTo(agentId)) {
      const moved = await conversationStub(this.env, entry.conversationId)
        .release(agentId)
        .catch((error: unknown) => {
          console.error(`queue: releasing ${entry.conversationId} from ${agentId} failed:`, error);
          return null;
        });
      // Unreachable: stays assigned, and the next release attempt tries again.
      if (moved === null) continue;
      if (!moved) {
        // The conversation moved on without us (resolved, handed back): the entry is stale.
        this.store.delete(entry.conversationId);
        this.hub.broadcast({ type: "queue_update", event: "removed", entry });
        continue;
      }
      const waiting = this.store.assign(entry, null);
      this.hub.broadcast({ type: "queue_update", event: "waiting", entry: waiting });
      released += 1;
    }
    return released;
  }

  /** The workspace is being deleted: its feeds close (4404) and the queue forgets everything. */
  async erase(): Promise<void> {
    for (const ws of this.hub.sockets()) ws.close(4404, "this workspace was deleted");
    await this.ctx.storage.deleteAll();
    migrate(this.ctx.storage.sql, QUEUE_SCHEMA);
  }

  /** An agent's console connects its queue feed. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const identity = identityFromHeader(request.headers.get(IDENTITY_HEADER));
    if (identity?.role !== "agent") return new Response("agents only", { status: 403 });
    const { 0: client, 1: server } = new WebSocketPair();
    this.hub.accept(server, identity);
    const agentsOnline = this.hub.agentsOnline();
    send(server, {
      type: "queue_snapshot",
      waiting: this.store.waiting(),
      mine: this.store.assignedTo(identity.agent.id),
      agentsOnline,
    });
    this.hub.broadcast({ type: "presence", agentsOnline }, { except: server });
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    const who = this.hub.identify(ws);
    if (who?.role !== "agent") return ws.close(1011, "unknown socket");
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) return send(ws, parsed.error);
    if (parsed.frame.type !== "claim") {
      const message = `${parsed.frame.type}: the queue socket only takes claim frames`;
      return send(ws, { type: "error", code: "unsupported_frame", message, ref: parsed.frame.type });
    }
    await this.claim(ws, who.agent, parsed.frame.conversationId);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code, reason);
    } catch {
      // already closed
    }
    this.hub.broadcast({ type: "presence", agentsOnline: this.hub.agentsOnline() });
  }

  /**
   * First claim wins: the entry is marked before the first await, so a second
   * claim arriving while the conversation confirms sees it taken.
   */
  private async claim(ws: WebSocket, agent: AgentRef, conversationId: string): Promise<void> {
    const entry = this.store.get(conversationId);
    if (!entry) {
      return send(ws, { type: "error", code: "not_found", message: "that conversation is not in the queue", ref: conversationId });
    }
    if (entry.status !== "waiting") {
      const message = `already claimed by ${entry.agent?.name ?? "another agent"}`;
      return send(ws, { type: "error", code: "already_claimed", message, ref: conversationId });
    }
    const claimed = this.store.assign(entry, agent);
    let result: AssignResult;
    try {
      result = await conversationStub(this.env, conversationId).assign(agent);
    } catch (error) {
      result = { ok: false, code: "not_found", message: `conversation did not answer: ${String(error)}` };
    }
    if (!result.ok) {
      // The conversation moved on (or is unreachable): put the entry back or drop it.
      if (result.code === "illegal_transition") this.store.delete(conversationId);
      else this.store.assign(entry, null);
      const code = result.code === "illegal_transition" ? "illegal_transition" : "internal";
      send(ws, { type: "error", code, message: result.message, ref: conversationId });
      if (result.code === "illegal_transition") this.hub.broadcast({ type: "queue_update", event: "removed", entry });
      return;
    }
    send(ws, { type: "claimed", conversationId });
    this.hub.broadcast({ type: "queue_update", event: "claimed", entry: claimed });
  }
}
