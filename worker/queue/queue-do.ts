import { DurableObject } from "cloudflare:workers";
import { migrate } from "../durable/migrate.ts";
import { identityFromHeader, send, SocketHub, type AgentSockets } from "../durable/sockets.ts";
import { conversationStub, IDENTITY_HEADER, rosterStub, teamOfName, workspaceOfName } from "../durable/stubs.ts";
import { meter } from "../durable/meter.ts";
import { meteredEnv } from "../durable/metered-env.ts";
import { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import { parseClientFrame, type AgentRef, type QueueEntry, type ServerFrame } from "../protocol/index.ts";
import { alertDueAfter } from "./alerts.ts";
import { Assigner } from "./assigner.ts";
import { QUEUE_SCHEMA, QueueStore, type StoredEntry } from "./queue-store.ts";
import { QueueFeed } from "./queue-feed.ts";
import { changedStatuses } from "./wait-status.ts";

export type EnqueueResult = { accepted: true; position: number; agentsOnline: number } | { accepted: false; agentsOnline: 0 };

/** Visitors' places and estimates are recomputed at most this often (a burst of changes is one push). */
const POSITIONS_MS = 300;

/**
 * One team's routing queue (one per workspace and team): who waits, in
 * priority order, who is being offered what, and who holds what. The single
 * writer of its entries, so a conversation goes to one agent only; the
 * workspace's RosterDO is the single writer of each agent's load.
 */
export class QueueDO extends DurableObject<Env> {
  private readonly hub: SocketHub;
  private readonly store: QueueStore;
  private readonly timers: Timers;
  private readonly assigner: Assigner;
  private readonly feed: QueueFeed;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, meteredEnv(env, "QueueDO"));
    // The bindings as metered (the same object when the meter is off).
    env = this.env;
    meter(env, "QueueDO", "wakes");
    migrate(ctx.storage.sql, QUEUE_SCHEMA);
    this.hub = new SocketHub(ctx);
    this.store = new QueueStore(ctx.storage.sql);
    this.timers = new Timers(ctx.storage, () => meter(env, "QueueDO", "alarms_set"));
    this.feed = new QueueFeed(this.hub);
    this.assigner = new Assigner({
      store: this.store,
      timers: this.timers,
      roster: () => rosterStub(env, this.workspaceId),
      conversation: (id) => conversationStub(env, id),
      teamId: this.teamId,
      sendTo: (agentId, frame) => this.hub.broadcastTo(`agent:${agentId}`, frame),
      feed: (event, entry) => this.feed.push(event, entry),
      changed: () => this.soon(),
      waitingAgain: (entry) => this.armAlert(entry, entry.alerts + 1),
    });
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  private get workspaceId(): string {
    return workspaceOfName(this.ctx.id.name);
  }

  private get teamId(): string {
    return teamOfName(this.ctx.id.name);
  }

  /**
   * A conversation asks for a person (again, with a fresher briefing, or
   * moved here). Idempotent: the outbox may deliver it twice, and an entry
   * an agent holds is not put back by a late copy. With nobody of the team
   * online it is not taken: the conversation becomes a follow-up instead.
   */
  async enqueue(entry: QueueEntry): Promise<EnqueueResult> {
    const existing = this.store.get(entry.conversationId);
    const team = await this.assigner.team();
    if (!existing && team.load.online === 0) return { accepted: false, agentsOnline: 0 };
    if (existing?.status === "assigned") return { accepted: true, position: 0, agentsOnline: team.load.online };
    const next: StoredEntry = existing
      ? { ...existing, entry: { ...entry, status: "waiting", agent: null, teamId: this.teamId } }
      : { entry: { ...entry, status: "waiting", agent: null, teamId: this.teamId }, status: "waiting", offeredTo: null, declined: [], assignedAt: null, told: null };
    this.store.put(next);
    this.feed.push("waiting", next.entry);
    this.armAlert(next.entry, 1);
    await this.assigner.offerWaiting(team);
    this.soon();
    const position = this.store.waiting().findIndex((w) => w.entry.conversationId === entry.conversationId) + 1;
    return { accepted: true, position, agentsOnline: team.load.online };
  }

  /** The conversation was resolved, handed back, moved to another team or became a follow-up: it leaves, freeing its agent. */
  async remove(conversationId: string, why: "resolved" | "handed_back" | "transferred" | "deferred"): Promise<void> {
    const stored = this.store.get(conversationId);
    if (!stored) return;
    this.store.delete(conversationId);
    if (stored.assignedAt !== null && why !== "transferred") this.store.recordHandled(Date.now() - stored.assignedAt);
    this.timers.cancel(`offer:${conversationId}`);
    this.timers.cancel(`alert:${conversationId}`);
    this.feed.push("removed", { ...stored.entry, reason: `${stored.entry.reason} (${why.replace("_", " ")})` });
    await rosterStub(this.env, this.workspaceId).release(conversationId, this.teamId);
    await this.assigner.offerWaiting();
    this.soon();
  }

  /** The roster saw a slot free up or an agent come online: offer what waits, and re-estimate. */
  async capacityChanged(): Promise<void> {
    await this.assigner.offerWaiting();
    this.soon();
  }

  /** The agent is gone (away past the grace, or deactivated): what they held waits again, at the front. */
  async releaseAgent(agentId: string, why: "away" | "deactivated"): Promise<number> {
    let released = 0;
    for (const held of this.store.assignedTo(agentId)) if (await this.assigner.release(held, agentId, why)) released += 1;
    for (const offered of this.store.offeredTo(agentId)) await this.assigner.withdraw(offered, "gone");
    await this.assigner.offerWaiting();
    this.soon();
    return released;
  }

  /** The assigned agent left the visitor's message unanswered past the site's deadline. */
  async releaseUnanswered(conversationId: string, agentId: string): Promise<boolean> {
    const held = this.store.get(conversationId);
    if (held?.status !== "assigned" || held.entry.agent?.id !== agentId) return false;
    const released = await this.assigner.release(held, agentId, "unanswered");
    await this.assigner.offerWaiting();
    this.soon();
    return released;
  }

  /** Transfer straight to an agent of this team (with room), or take a follow-up ticket: the agent holds it now. */
  async assignTo(entry: QueueEntry, agentId: string): Promise<{ ok: true; agent: AgentRef } | { ok: false; code: string; message: string }> {
    return this.assigner.assignDirect(entry, agentId);
  }

  /** An agent's session ended or their access went: those feeds close, and here is where else they may have sockets. */
  async disconnect(who: AgentSockets, code: number, reason: string): Promise<string[]> {
    this.hub.closeAgent(who, code, reason);
    return [...this.store.assignedTo(who.agentId), ...this.store.waiting()].map((s) => s.entry.conversationId);
  }

  /** The workspace is being deleted: its feeds close (4404) and the queue forgets everything. */
  async erase(): Promise<void> {
    for (const ws of this.hub.sockets()) ws.close(4404, "this workspace was deleted");
    await this.ctx.storage.deleteAll();
    migrate(this.ctx.storage.sql, QUEUE_SCHEMA);
  }

  /** An agent's console connects its feed of this team's queue. */
  override async fetch(request: Request): Promise<Response> {
    meter(this.env, "QueueDO", "fetch");
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    const identity = identityFromHeader(request.headers.get(IDENTITY_HEADER));
    if (identity?.role !== "agent") return new Response("agents only", { status: 403 });
    // What was batched goes out first, so the snapshot is the newest word.
    this.feed.flush();
    const { 0: client, 1: server } = new WebSocketPair();
    this.hub.accept(server, identity);
    const team = await this.assigner.team();
    send(server, {
      type: "queue_snapshot",
      waiting: this.store.waiting().map((s, i) => ({ ...s.entry, position: i + 1 })),
      mine: this.store.assignedTo(identity.agent.id).map((s) => s.entry),
      agentsOnline: team.load.online,
    });
    // An offer made while this console was away from this team's feed is shown again.
    for (const offered of this.store.offeredTo(identity.agent.id)) {
      const expiresAt = this.timers.pending(`offer:${offered.entry.conversationId}`);
      if (expiresAt) send(server, { type: "offer", entry: offered.entry, expiresAt });
    }
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    meter(this.env, "QueueDO", "webSocketMessage");
    const who = this.hub.identify(ws);
    if (who?.role !== "agent") return ws.close(1011, "unknown socket");
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) return send(ws, parsed.error);
    const frame = parsed.frame;
    const reply = (f: ServerFrame) => send(ws, f);
    if (frame.type === "claim") return this.assigner.claim(who.agent, frame.conversationId, reply);
    if (frame.type === "accept_offer") return this.assigner.accept(who.agent, frame.conversationId, reply);
    if (frame.type === "decline_offer") return this.assigner.decline(who.agent.id, frame.conversationId, reply);
    reply({ type: "error", code: "unsupported_frame", message: `${frame.type}: the queue socket takes claim, accept_offer and decline_offer`, ref: frame.type });
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    meter(this.env, "QueueDO", "webSocketClose");
    try {
      ws.close(code, reason);
    } catch {
      // already closed
    }
  }

  override async alarm(): Promise<void> {
    meter(this.env, "QueueDO", "alarm");
    const now = Date.now();
    for (const kind of this.timers.takeDue(now)) {
      const [what, conversationId] = kind.split(":");
      if (what === "positions") await this.pushPositions();
      const stored = conversationId ? this.store.get(conversationId) : null;
      if (!stored) continue;
      if (what === "offer" && stored.status === "offered") await this.assigner.withdraw(stored, "expired");
      if (what === "alert" && stored.status !== "assigned") this.realert(stored.entry, now);
    }
    await this.assigner.offerWaiting();
  }

  private soon(): void {
    this.timers.schedule("positions", Date.now() + POSITIONS_MS);
  }

  /** Tells each waiting visitor whose place or estimate changed. */
  private async pushPositions(): Promise<void> {
    const team = await this.assigner.team();
    const changes = changedStatuses(this.store, { name: team.name, slots: team.load.slots, free: team.load.free });
    await Promise.allSettled(
      changes.map(async (change) => {
        await conversationStub(this.env, change.conversationId).queueStatus(change.status);
        this.store.setTold(change.conversationId, change.told);
      }),
    );
  }

  /** Waiting too long: the team's agents are alerted again, louder each time. */
  private realert(entry: QueueEntry, now: number): void {
    const stored = this.store.get(entry.conversationId);
    if (!stored) return;
    const level = stored.entry.alerts + 1;
    const next = this.store.move({ ...stored, entry: { ...stored.entry, alerts: level } }, stored.status, stored.entry.agent);
    this.hub.broadcast({ type: "alert", conversationId: entry.conversationId, level, waitedMs: now - entry.queuedAt }, { role: "agent" });
    this.armAlert(next.entry, level + 1);
  }

  private armAlert(entry: QueueEntry, level: number): void {
    this.timers.schedule(`alert:${entry.conversationId}`, entry.queuedAt + alertDueAfter(level));
  }
}
