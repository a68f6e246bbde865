import { DurableObject } from "cloudflare:workers";
import { migrate } from "../durable/migrate.ts";
import { identityFromHeader, send, SocketHub, type AgentSockets } from "../durable/sockets.ts";
import { IDENTITY_HEADER, queueStub, workspaceOfName } from "../durable/stubs.ts";
import { meter } from "../durable/meter.ts";
import { meteredEnv } from "../durable/metered-env.ts";
import { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import { parseClientFrame, type AgentStatus, type ServerFrameOf } from "../protocol/index.ts";
import { rosterConfig } from "../workspaces/team-repo.ts";
import { ROSTER_SCHEMA, RosterStore, type TeamInfo } from "./roster-store.ts";

/** A closed console (a reload, a dropped network) keeps the agent online this long before they count as away. */
export const AWAY_AFTER_MS = 60_000;
/** Away this long with no console open: offline. */
export const OFFLINE_AFTER_MS = 10 * 60_000;
/** Team loads pushed to consoles at most this often (a burst of assignments is one update). */
const TEAMS_PUSH_MS = 1000;

export type Reserve = { ok: true; agent: { id: string; name: string } } | { ok: false; code: "over_capacity" | "not_found"; message: string };

/**
 * One per workspace: who is online and how busy, the single writer of every
 * agent's load, so nobody goes over capacity whichever team queue offers or
 * is claimed from. Presence comes from the console's presence socket; the
 * team queues ask here whom to offer a conversation to and tell when a slot frees.
 */
export class RosterDO extends DurableObject<Env> {
  private readonly hub: SocketHub;
  private readonly store: RosterStore;
  private readonly timers: Timers;
  private loading: Promise<void> | null = null;
  /** Team loads as last counted, until the next coalesced push. */
  private readonly loads = new Map<string, { online: number; slots: number; free: number }>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, meteredEnv(env, "RosterDO"));
    // The bindings as metered (the same object when the meter is off).
    env = this.env;
    meter(env, "RosterDO", "wakes");
    migrate(ctx.storage.sql, ROSTER_SCHEMA);
    this.hub = new SocketHub(ctx);
    this.store = new RosterStore(ctx.storage.sql);
    this.timers = new Timers(ctx.storage, () => meter(env, "RosterDO", "alarms_set"));
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  private get workspaceId(): string {
    return workspaceOfName(this.ctx.id.name);
  }

  /** Members, capacities and teams changed in D1 (settings): read them again and tell everyone. */
  async reload(): Promise<void> {
    await this.sync();
    for (const ws of this.hub.sockets("agent")) {
      const who = this.hub.identify(ws);
      if (who?.role === "agent") this.pushMe(who.agent.id);
    }
    await this.notifyTeams(null, null);
  }

  async team(teamId: string): Promise<{ team: TeamInfo; load: { online: number; slots: number; free: number } } | null> {
    await this.ready();
    const team = this.store.team(teamId);
    return team ? { team, load: this.store.teamLoad(teamId) } : null;
  }

  /** Whether the agent is in the team; null when there is no such team. */
  async memberOf(agentId: string, teamId: string): Promise<boolean | null> {
    await this.know(agentId);
    if (!this.store.team(teamId)) return null;
    return this.store.teamsOf(agentId).some((t) => t.teamId === teamId);
  }

  /** Auto-assign: the agent to offer the conversation to, holding a slot for them, or null when nobody has room. */
  async offer(teamId: string, conversationId: string, exclude: string[]): Promise<{ agentId: string; name: string } | null> {
    await this.ready();
    const agentId = this.store.pick(teamId, exclude);
    const agent = agentId ? this.store.agent(agentId) : null;
    if (!agent) return null;
    this.store.putHold(conversationId, agent.agentId, teamId, "offer", Date.now());
    this.changed(agent.agentId);
    return { agentId: agent.agentId, name: agent.name };
  }

  /** The agent took the conversation (accepted an offer, claimed it, was transferred it): it counts against their capacity. */
  async reserve(agentId: string, teamId: string, conversationId: string): Promise<Reserve> {
    await this.know(agentId);
    const agent = this.store.agent(agentId);
    if (!agent) return { ok: false, code: "not_found", message: "that agent is not a member of this workspace" };
    const held = this.store.hold(conversationId);
    const already = held?.agentId === agentId ? 1 : 0;
    if (agent.active + agent.offered - already >= agent.capacity) {
      return { ok: false, code: "over_capacity", message: `${agent.name} already has ${agent.active} of ${agent.capacity} conversations` };
    }
    this.store.putHold(conversationId, agentId, teamId, "active", Date.now());
    if (held && held.agentId !== agentId) this.changed(held.agentId);
    this.changed(agentId);
    return { ok: true, agent: { id: agent.agentId, name: agent.name } };
  }

  /** The conversation no longer holds anyone's slot (resolved, declined, expired, released, moved); other teams of the agent may offer again. */
  async release(conversationId: string, caller: string | null): Promise<void> {
    await this.ready();
    const dropped = this.store.dropHold(conversationId);
    if (!dropped) return;
    this.changed(dropped.agentId);
    await this.notifyTeams(dropped.agentId, caller);
  }

  /** Closes the agent's presence sockets (a session ended, access removed); returns their teams, whose feeds close too. */
  async disconnect(who: AgentSockets, code: number, reason: string): Promise<string[]> {
    await this.ready();
    this.hub.closeAgent(who, code, reason);
    return this.store.teamsOf(who.agentId).map((t) => t.teamId);
  }

  /** What the agent holds goes back to its queues (deactivated, or away past the grace). */
  async releaseAgent(agentId: string, why: "away" | "deactivated"): Promise<void> {
    await this.ready();
    const teams = new Set(this.store.holdsOf(agentId).filter((h) => h.kind === "active").map((h) => h.teamId));
    for (const teamId of teams) await queueStub(this.env, this.workspaceId, teamId).releaseAgent(agentId, why);
  }

  override async fetch(request: Request): Promise<Response> {
    meter(this.env, "RosterDO", "fetch");
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    const identity = identityFromHeader(request.headers.get(IDENTITY_HEADER));
    if (identity?.role !== "agent") return new Response("agents only", { status: 403 });
    const agentId = identity.agent.id;
    await this.know(agentId);
    const { 0: client, 1: server } = new WebSocketPair();
    this.hub.accept(server, identity);
    const wasGone = this.store.agent(agentId)?.status !== "online";
    this.store.setConnected(agentId, this.hub.agentSockets(agentId));
    this.timers.cancel(`away:${agentId}`);
    this.timers.cancel(`offline:${agentId}`);
    this.pushMe(agentId);
    if (wasGone) await this.notifyTeams(agentId, null);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    meter(this.env, "RosterDO", "webSocketMessage");
    const who = this.hub.identify(ws);
    if (who?.role !== "agent") return ws.close(1011, "unknown socket");
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) return send(ws, parsed.error);
    if (parsed.frame.type !== "set_status") {
      return send(ws, { type: "error", code: "unsupported_frame", message: `${parsed.frame.type}: the presence socket only takes set_status`, ref: parsed.frame.type });
    }
    await this.ready();
    await this.setStatus(who.agent.id, parsed.frame.status);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    meter(this.env, "RosterDO", "webSocketClose");
    try {
      ws.close(code, reason);
    } catch {
      // already closed
    }
    const who = this.hub.identify(ws);
    if (who?.role !== "agent") return;
    const left = this.hub.agentSockets(who.agent.id, ws);
    this.store.setConnected(who.agent.id, left);
    if (left === 0) this.timers.schedule(`away:${who.agent.id}`, Date.now() + AWAY_AFTER_MS);
  }

  override async alarm(): Promise<void> {
    meter(this.env, "RosterDO", "alarm");
    await this.ready();
    for (const kind of this.timers.takeDue(Date.now())) {
      const [what, agentId] = kind.split(":");
      if (what === "teams") this.pushTeams();
      if (!agentId || this.hub.agentSockets(agentId) > 0) continue;
      if (what === "away") await this.goneAway(agentId);
      if (what === "offline") {
        this.store.setGone(agentId, "offline");
        this.changed(agentId);
      }
    }
  }

  private async setStatus(agentId: string, status: AgentStatus): Promise<void> {
    const before = this.store.agent(agentId)?.status;
    this.store.setChosen(agentId, status);
    this.changed(agentId);
    if (status === "online" && before !== "online") await this.notifyTeams(agentId, null);
  }

  /** The console has been gone past the grace: away, and what they held goes back to its queues. */
  private async goneAway(agentId: string): Promise<void> {
    this.store.setGone(agentId, "away");
    this.timers.schedule(`offline:${agentId}`, Date.now() + OFFLINE_AFTER_MS);
    this.changed(agentId);
    await this.releaseAgent(agentId, "away");
  }

  /** Team queues that may now offer: the agent's teams (or every team), except the caller, which knows. */
  private async notifyTeams(agentId: string | null, except: string | null): Promise<void> {
    const teams = agentId ? this.store.teamsOf(agentId) : this.allTeams();
    const calls = teams.filter((t) => t.teamId !== except).map((t) => queueStub(this.env, this.workspaceId, t.teamId).capacityChanged());
    await Promise.allSettled(calls);
  }

  private allTeams(): TeamInfo[] {
    const ids = new Set<string>();
    for (const ws of this.hub.sockets("agent")) {
      const who = this.hub.identify(ws);
      if (who?.role === "agent") for (const t of this.store.teamsOf(who.agent.id)) ids.add(t.teamId);
    }
    return [...ids].flatMap((id) => this.store.team(id) ?? []);
  }

  /** The agent's own numbers at once; team loads, which many consoles show, coalesced. */
  private changed(agentId: string): void {
    this.pushMe(agentId);
    this.timers.schedule("teams", Date.now() + TEAMS_PUSH_MS);
  }

  private pushMe(agentId: string): void {
    const frame = this.frameFor(agentId);
    if (frame) this.hub.broadcastTo(`agent:${agentId}`, frame);
  }

  /** Every connected agent's frame, each team's load counted once for all of them. */
  private pushTeams(): void {
    this.loads.clear();
    const sent = new Set<string>();
    for (const ws of this.hub.sockets("agent")) {
      const who = this.hub.identify(ws);
      if (who?.role !== "agent" || sent.has(who.agent.id)) continue;
      sent.add(who.agent.id);
      this.pushMe(who.agent.id);
    }
  }

  /**
   * The agent's own numbers are read fresh; their teams' loads come from the
   * last coalesced count (a team's load sums every member, too much to redo
   * on each assignment with hundreds of agents).
   */
  private frameFor(agentId: string): ServerFrameOf<"roster"> | null {
    const agent = this.store.agent(agentId);
    if (!agent) return null;
    const teams = this.store.teamsOf(agentId).map((t) => {
      let load = this.loads.get(t.teamId);
      if (!load) {
        load = this.store.teamLoad(t.teamId);
        this.loads.set(t.teamId, load);
      }
      return { teamId: t.teamId, name: t.name, online: load.online, free: load.free, assignment: t.assignment };
    });
    return { type: "roster", me: { status: agent.status, active: agent.active, capacity: agent.capacity }, teams };
  }

  /** An agent this roster has not heard of (joined since it last read D1): read D1 again before answering. */
  private async know(agentId: string): Promise<void> {
    await this.ready();
    if (!this.store.agent(agentId)) await this.sync();
  }

  private ready(): Promise<void> {
    if (this.store.loaded()) return Promise.resolve();
    this.loading ??= this.sync().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async sync(): Promise<void> {
    const config = await rosterConfig(this.env.DB, this.workspaceId);
    this.store.sync(config, "Everyone");
    for (const agent of config.agents) this.store.setConnected(agent.id, this.hub.agentSockets(agent.id));
  }
}
