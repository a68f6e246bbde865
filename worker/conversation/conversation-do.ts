import { DurableObject } from "cloudflare:workers";
import { readConfig } from "../config.ts";
import { migrate } from "../durable/migrate.ts";
import { Outbox } from "../durable/outbox.ts";
import type { EmailReplyResult, InboundEmailReply } from "../email/inbound.ts";
import { send, SocketHub, type AgentSockets } from "../durable/sockets.ts";
import { meter } from "../durable/meter.ts";
import { meteredEnv } from "../durable/metered-env.ts";
import { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import { parseClientFrame, ServerFrame, type AgentRef, type ServerFrameOf } from "../protocol/index.ts";
import { refreshStamps, turnScopes } from "../cache/stamps.ts";
import { loadSite } from "../sites/site-repo.ts";
import type { Site } from "../sites/site-settings.ts";
import { agentFrame } from "./agent-frames.ts";
import { AiTurns, TURN_TIMER } from "./ai-turn.ts";
import type { ConversationCore } from "./conversation-core.ts";
import type { ConversationInit, ConversationPatch } from "./conversation.ts";
import { ConversationRecord } from "./conversation-record.ts";
import { Escalation } from "./escalation.ts";
import { EventLog } from "./event-store.ts";
import { Mailer } from "./mailer.ts";
import { MessageLog, type NewMessage } from "./message-log.ts";
import { NOTICES, type Notice } from "./notices.ts";
import { ConversationRouting, type QueueEvent, type Result } from "./routing.ts";
import { CONVERSATION_SCHEMA } from "./schema.ts";
import { askRating, pendingHumanRequest } from "./satisfaction.ts";
import { openConversationSocket, sendHistory } from "./socket-open.ts";
import { transition, type ConversationEvent } from "./state-machine.ts";
import { TranscriptSync } from "./transcript-sync.ts";
import { answerAttempts, answerVisitor, visitorFrame } from "./visitor-frames.ts";

export type AssignResult = { ok: true } | { ok: false; code: "illegal_transition" | "not_found"; message: string };

/** One conversation: its sockets, its message log, its state, its AI turns, and where it goes for a person. */
export class ConversationDO extends DurableObject<Env> {
  private readonly hub: SocketHub;
  private readonly record: ConversationRecord;
  private readonly log: MessageLog;
  private readonly timers: Timers;
  private readonly sync: TranscriptSync;
  private readonly events: EventLog;
  private readonly ai: AiTurns;
  private readonly escalation: Escalation;
  private readonly routing: ConversationRouting;
  private readonly outbox: Outbox<QueueEvent>;
  private readonly mailer: Mailer;
  /** What the frame handlers work with; not RPC surface. */
  private readonly core: ConversationCore;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, meteredEnv(env, "ConversationDO"));
    // The bindings as metered (the same object when the meter is off).
    env = this.env;
    meter(env, "ConversationDO", "wakes");
    const sql = ctx.storage.sql;
    migrate(sql, CONVERSATION_SCHEMA);
    this.hub = new SocketHub(ctx);
    this.record = new ConversationRecord(sql);
    this.log = new MessageLog(sql);
    this.timers = new Timers(ctx.storage, () => meter(env, "ConversationDO", "alarms_set"));
    this.events = new EventLog(sql, this.log);
    this.sync = new TranscriptSync(sql, env.DB, this.record, this.log, this.events, this.timers, readConfig(env).TRANSCRIPT_SYNC_WINDOW_MS);
    this.mailer = new Mailer(env, sql, this.record, this.log);
    this.outbox = new Outbox<QueueEvent>(sql, this.timers, async (event) =>
      event.kind === "email" ? this.mailer.send(event.seq, await loadSite(env.DB, this.record.require().siteId)) : this.routing.deliver(event),
    );
    this.routing = new ConversationRouting({
      env,
      record: this.record,
      log: this.log,
      hub: this.hub,
      timers: this.timers,
      say: (notice) => this.say(notice),
      change: (event, patch) => this.change(event, patch),
      push: (event) => void this.outbox.push(event),
      site: () => loadSite(env.DB, this.record.require().siteId),
    });
    this.ai = new AiTurns({
      env,
      hub: this.hub,
      record: this.record,
      log: this.log,
      timers: this.timers,
      answered: (_message, site) => {
        this.escalation.afterAi(site);
        askRating(this.core, site);
        this.sync.soon();
      },
      settle: (answer, site) => this.escalation.settle(answer, site),
      judged: (message, confidence, site) => this.escalation.judged(message, confidence, site),
    });
    this.escalation = new Escalation({
      env,
      record: this.record,
      log: this.log,
      hub: this.hub,
      timers: this.timers,
      change: (event, patch) => this.change(event, patch),
      route: (decision) => void this.withSite((site) => this.routing.route(decision, site)),
      requeue: () => void this.outbox.push({ kind: "enqueue", teamId: this.record.require().teamId }),
      abortAi: (reason) => this.ai.abort(reason),
      persisted: () => this.sync.soon(),
    });
    this.core = {
      env,
      record: this.record,
      log: this.log,
      hub: this.hub,
      timers: this.timers,
      sync: this.sync,
      ai: this.ai,
      escalation: this.escalation,
      routing: this.routing,
      post: (ws, input) => this.post(ws, input),
      say: (notice) => this.say(notice),
      mailIfAway: (seq) => {
        if (this.record.require().visitorEmail && this.hub.sockets("visitor").length === 0) void this.outbox.push({ kind: "email", seq });
      },
      change: (event, patch) => this.change(event, patch),
      withSite: (run, fresh) => this.withSite(run, fresh),
      reply: (ws, frame) => send(ws, frame),
    };
    // Keep-alives are answered without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  /** Creates the conversation (idempotent) with the site's greeting as its first message. */
  async start(init: ConversationInit, greeting: string): Promise<{ created: boolean }> {
    if (this.record.get()) return { created: false };
    const now = Date.now();
    this.record.create(init, now);
    this.log.append({ sender: "ai", clientId: "greeting", role: "ai", author: null, text: greeting }, now);
    void this.sync.kick();
    return { created: true };
  }

  /** Who owns this conversation, for the worker's workspace check when D1 has no row yet; null if it was never started. */
  async describe(): Promise<{ workspaceId: string; siteId: string } | null> {
    const conversation = this.record.get();
    return conversation ? { workspaceId: conversation.workspaceId, siteId: conversation.siteId } : null;
  }

  /** Called by the team's queue when an agent's claim won or they accepted an offer. */
  async assign(agent: AgentRef): Promise<AssignResult> {
    if (!this.record.get()) return { ok: false, code: "not_found", message: "no such conversation" };
    const moved = this.change("claim", { agent, assignedAt: Date.now() });
    if (!moved.ok) return { ok: false, code: "illegal_transition", message: moved.message };
    this.say(NOTICES.joined(agent.name));
    return { ok: true };
  }

  /** Who holds the conversation now: the queue asks when a claim's answer was lost on the way. */
  async heldBy(): Promise<string | null> {
    const c = this.record.get();
    return c?.state === "assigned" ? (c.agent?.id ?? null) : null;
  }

  /** Called by the team's queue: the assigned agent is gone or left the visitor unanswered. */
  async release(agentId: string, why: "away" | "unanswered" | "deactivated"): Promise<boolean> {
    return this.routing.release(agentId, why);
  }

  /** Called by the team's queue with the visitor's place in line and the estimate. */
  async queueStatus(status: Omit<ServerFrameOf<"queue_status">, "type">): Promise<void> {
    this.routing.queueStatus(status);
  }

  /** An agent takes this follow-up ticket from the console's list. */
  async take(agent: AgentRef): Promise<Result> {
    if (!this.record.get()) return { ok: false, code: "not_found", message: "no such conversation" };
    return this.routing.take(agent);
  }

  /**
   * A visitor's answer by email (worker/email/inbound.ts), stored as their
   * message (clientId makes a redelivery a no-op). A resolved conversation
   * becomes a follow-up ticket again, so an agent sees the answer.
   */
  async emailReply(reply: InboundEmailReply): Promise<EmailReplyResult> {
    if (!this.record.get()) return { ok: false, reason: "this conversation no longer exists" };
    if (this.record.require().state === "resolved") this.change("defer", { agent: null, resolvedAt: null });
    const stored = this.post(null, { sender: "visitor", clientId: reply.clientId, role: "visitor", author: null, text: reply.text });
    if (stored && this.record.require().state !== "bot") this.escalation.scheduleBriefing();
    return { ok: true };
  }

  override async fetch(request: Request): Promise<Response> {
    meter(this.env, "ConversationDO", "fetch");
    const conversation = this.record.get();
    if (!conversation) return new Response("conversation not found", { status: 404 });
    const status = ServerFrame.safeParse(this.record.queueStatus());
    const queueStatus = status.success && status.data.type === "queue_status" ? status.data : null;
    return openConversationSocket(request, conversation, this.hub, this.log, queueStatus, pendingHumanRequest(conversation));
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    meter(this.env, "ConversationDO", "webSocketMessage");
    const who = this.hub.identify(ws);
    if (!who || !this.record.get()) return ws.close(1011, "unknown socket");
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) return send(ws, parsed.error);
    const frame = parsed.frame;
    if (frame.type === "resume") return sendHistory(ws, this.log, frame.after, who.role);
    if (frame.type === "claim" || frame.type === "accept_offer" || frame.type === "decline_offer" || frame.type === "set_status") {
      return send(ws, { type: "error", code: "unsupported_frame", message: `${frame.type}: not on a conversation socket`, ref: frame.type });
    }
    if (who.role === "visitor") return visitorFrame(this.core, ws, frame);
    return agentFrame(this.core, ws, who.agent, frame);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    meter(this.env, "ConversationDO", "webSocketClose");
    const who = this.hub.identify(ws);
    if (who) this.hub.broadcast({ type: "typing", role: who.role, name: null, on: false }, { except: ws });
    try {
      ws.close(code, reason);
    } catch {
      // already closed
    }
  }

  override async alarm(): Promise<void> {
    meter(this.env, "ConversationDO", "alarm");
    for (const kind of this.timers.takeDue(Date.now())) {
      if (kind === "d1-sync") await this.sync.kick("timer");
      if (kind === "outbox") await this.outbox.kick("timer");
      if (kind === "briefing") await this.withSite((site) => this.escalation.refreshBriefing(site));
      if (kind === "unanswered") this.routing.unansweredDue();
      if (kind === "answer-retry") await answerVisitor(this.core, answerAttempts(this.core));
      if (kind === TURN_TIMER) await this.withSite((site) => this.ai.watch(site));
    }
  }

  /** An agent's session ended or their access was taken away: their sockets here close at once. */
  async disconnect(who: AgentSockets, code: number, reason: string): Promise<number> {
    return this.hub.closeAgent(who, code, reason);
  }

  /** The workspace is being deleted, or retention expired the conversation: everyone connected is told it is gone (4404), and this object's storage is erased. */
  async erase(): Promise<void> {
    for (const ws of this.hub.sockets()) ws.close(4404, "this conversation was deleted");
    this.record.forget();
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    // Empty tables again, so a late call finds "no conversation" rather than a missing table.
    migrate(this.ctx.storage.sql, CONVERSATION_SCHEMA);
  }

  /** Copies what D1 lacks now, without waiting for the batch window (a transcript is being read). */
  async syncNow(): Promise<boolean> {
    if (!this.record.get()) return false;
    await this.sync.kick();
    return true;
  }

  /** For tests and operators: how far D1 and the queue are behind. */
  async syncStatus() {
    return { ...this.sync.status(), lastSeq: this.log.lastSeq(), outbox: this.outbox.pending() };
  }

  /** With the site; a visitor's turn (`fresh`) reads the version stamps first (one statement), so any edit is seen. */
  private async withSite(run: (site: Site) => Promise<void>, fresh = false): Promise<void> {
    const conversation = this.record.require();
    if (fresh) await refreshStamps(this.env.DB, turnScopes(conversation.siteId));
    const site = await loadSite(this.env.DB, conversation.siteId);
    if (!site) return console.error(`conversation ${conversation.id}: site ${conversation.siteId} is gone`);
    await run(site);
  }

  private post(ws: WebSocket | null, input: NewMessage): boolean {
    const { message, duplicate } = this.log.append(input, Date.now());
    // The other side first: the sender already shows its message. A private note reaches agents only.
    if (!duplicate) this.hub.broadcast({ type: "message", message }, { ...(ws ? { except: ws } : {}), ...(message.role === "note" ? { role: "agent" as const } : {}) });
    if (ws && message.clientId) {
      send(ws, { type: "ack", clientId: message.clientId, seq: message.seq, id: message.id, at: message.at, duplicate });
    }
    if (duplicate) return false;
    if (message.role === "agent" && this.events.agentWrote(this.record.require(), message.at)) void this.sync.kick();
    else this.sync.soon();
    return true;
  }

  private say({ text, notice }: Notice): void {
    this.post(null, { sender: "system", clientId: null, role: "system", author: null, text, notice });
  }

  private change(event: ConversationEvent, patch: ConversationPatch) {
    const moved = transition(this.record.require().state, event);
    if (!moved.ok) return moved;
    const next = this.record.update({ ...patch, state: moved.to }, Date.now());
    this.events.changed(event, moved.from, next, next.updatedAt);
    this.hub.broadcast({ type: "state", state: next.state, agent: next.agent, reason: next.triggerReason });
    // The briefing is not rebuilt while an agent holds the conversation (visitor-frames.ts): the next one gets a fresh one.
    if (moved.from === "assigned" && (moved.to === "queued" || event === "reassign")) this.escalation.scheduleBriefing(0);
    void this.sync.kick();
    return moved;
  }
}
