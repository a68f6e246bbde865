import { DurableObject } from "cloudflare:workers";
import { spendAiTurn } from "../ai/budget.ts";
import { migrate } from "../durable/migrate.ts";
import { readConfig } from "../config.ts";
import { Outbox } from "../durable/outbox.ts";
import { identityFromHeader, send, SocketHub } from "../durable/sockets.ts";
import { IDENTITY_HEADER, queueStub } from "../durable/stubs.ts";
import { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import { parseClientFrame, type AgentRef, type ClientFrame, type QueueEntry } from "../protocol/index.ts";
import { loadSite } from "../sites/site-repo.ts";
import type { Site } from "../sites/site-settings.ts";
import { AiTurns } from "./ai-turn.ts";
import { Escalation } from "./escalation.ts";
import { ConversationRecord, type ConversationInit, type ConversationPatch } from "./conversation-record.ts";
import { MessageLog, type NewMessage } from "./message-log.ts";
import { CONVERSATION_SCHEMA } from "./schema.ts";
import { aiMayAnswer, transition, type ConversationEvent } from "./state-machine.ts";
import { TranscriptSync } from "./transcript-sync.ts";
import { NOTICES } from "./notices.ts";

/** What the conversation tells the queue, through its outbox. */
export type QueueEvent =
  | { kind: "enqueue"; entry: QueueEntry }
  | { kind: "remove"; conversationId: string; why: "resolved" | "handed_back" };

export type AssignResult = { ok: true } | { ok: false; code: "illegal_transition" | "not_found"; message: string };

type Frame<T extends ClientFrame["type"]> = Extract<ClientFrame, { type: T }>;

const HISTORY_PAGE = 200;

/** One conversation: its sockets, its message log, its state, its AI turns. */
export class ConversationDO extends DurableObject<Env> {
  private readonly hub: SocketHub;
  private readonly record: ConversationRecord;
  private readonly log: MessageLog;
  private readonly timers: Timers;
  private readonly sync: TranscriptSync;
  private readonly outbox: Outbox<QueueEvent>;
  private readonly ai: AiTurns;
  private readonly escalation: Escalation;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const sql = ctx.storage.sql;
    migrate(sql, CONVERSATION_SCHEMA);
    this.hub = new SocketHub(ctx);
    this.record = new ConversationRecord(sql);
    this.log = new MessageLog(sql);
    this.timers = new Timers(ctx.storage);
    this.sync = new TranscriptSync(sql, env.DB, this.record, this.log, this.timers, readConfig(env).TRANSCRIPT_SYNC_WINDOW_MS);
    this.outbox = new Outbox<QueueEvent>(sql, this.timers, (event) => this.deliver(event));
    this.ai = new AiTurns({
      env,
      hub: this.hub,
      record: this.record,
      log: this.log,
      answered: (_message, site) => {
        this.escalation.afterAi(site);
        this.sync.soon();
      },
      settle: (answer, site) => this.escalation.settle(answer, site),
    });
    this.escalation = new Escalation({
      env,
      record: this.record,
      log: this.log,
      hub: this.hub,
      timers: this.timers,
      say: (text) => this.say(text),
      change: (event, patch) => this.change(event, patch),
      enqueue: (entry) => void this.outbox.push({ kind: "enqueue", entry }),
      abortAi: (reason) => this.ai.abort(reason),
      persisted: () => this.sync.soon(),
    });
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

  /** Called by the queue when an agent's claim won. */
  async assign(agent: AgentRef): Promise<AssignResult> {
    if (!this.record.get()) return { ok: false, code: "not_found", message: "no such conversation" };
    const moved = this.change("claim", { agent, assignedAt: Date.now() });
    if (!moved.ok) return { ok: false, code: "illegal_transition", message: moved.message };
    this.say(NOTICES.joined(agent.name));
    return { ok: true };
  }

  override async fetch(request: Request): Promise<Response> {
    const conversation = this.record.get();
    if (!conversation) return new Response("conversation not found", { status: 404 });
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const identity = identityFromHeader(request.headers.get(IDENTITY_HEADER));
    if (!identity) return new Response("missing socket identity", { status: 400 });
    const after = Math.max(0, Math.floor(Number(new URL(request.url).searchParams.get("after")) || 0));
    const { 0: client, 1: server } = new WebSocketPair();
    this.hub.accept(server, identity);
    send(server, {
      type: "welcome",
      conversationId: conversation.id,
      role: identity.role,
      state: conversation.state,
      agent: conversation.agent,
      lastSeq: this.log.lastSeq(),
    });
    this.sendHistory(server, after);
    if (identity.role === "agent" && conversation.briefing) send(server, { type: "briefing", briefing: conversation.briefing });
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    const who = this.hub.identify(ws);
    if (!who || !this.record.get()) return ws.close(1011, "unknown socket");
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) return send(ws, parsed.error);
    const frame = parsed.frame;
    if (frame.type === "resume") return this.sendHistory(ws, frame.after);
    if (frame.type === "claim") return unsupported(ws, frame.type, "claim conversations on the queue socket");
    if (who.role === "visitor") return this.fromVisitor(ws, frame);
    return this.fromAgent(ws, who.agent, frame);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    const who = this.hub.identify(ws);
    if (who) this.hub.broadcast({ type: "typing", role: who.role, name: null, on: false }, { except: ws });
    try {
      ws.close(code, reason);
    } catch {
      // already closed
    }
  }

  override async alarm(): Promise<void> {
    for (const kind of this.timers.takeDue(Date.now())) {
      if (kind === "d1-sync") await this.sync.kick("timer");
      if (kind === "outbox") await this.outbox.kick("timer");
      if (kind === "briefing") await this.withSite((site) => this.escalation.refreshBriefing(site));
    }
  }

  /** The agent session that opened some of these sockets was revoked. */
  async endSession(sessionId: string): Promise<number> {
    return this.hub.closeSession(sessionId, 4401, "logged out");
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

  private async fromVisitor(ws: WebSocket, frame: Exclude<ClientFrame, Frame<"resume" | "claim">>): Promise<void> {
    switch (frame.type) {
      case "message":
        return this.visitorMessage(ws, frame);
      case "typing":
        return this.hub.broadcast({ type: "typing", role: "visitor", name: null, on: frame.on }, { role: "agent" });
      case "request_human":
        return this.escalation.requestHuman();
      case "page":
        this.record.update({ page: frame.page }, Date.now());
        // Agents see where the visitor is now, in the briefing.
        if (this.record.require().state !== "bot") this.escalation.scheduleBriefing(0);
        return this.sync.soon();
      case "resolve":
      case "hand_back":
        return send(ws, { type: "error", code: "forbidden", message: `only an agent can ${frame.type.replace("_", " ")}`, ref: frame.type });
    }
  }

  private async fromAgent(ws: WebSocket, agent: AgentRef, frame: Exclude<ClientFrame, Frame<"resume" | "claim">>) {
    if (frame.type === "request_human" || frame.type === "page") {
      return unsupported(ws, frame.type, "this frame is for visitors");
    }
    if (frame.type === "typing") {
      return this.hub.broadcast({ type: "typing", role: "agent", name: agent.name, on: frame.on }, { except: ws });
    }
    const conversation = this.record.require();
    if (conversation.state !== "assigned" || conversation.agent?.id !== agent.id) {
      const message = "only the agent this conversation is assigned to can do that; claim it from the queue first";
      return send(ws, { type: "error", code: "forbidden", message, ref: frame.type === "message" ? frame.clientId : frame.type });
    }
    if (frame.type === "message") {
      return void this.post(ws, { sender: `agent:${agent.id}`, clientId: frame.clientId, role: "agent", author: agent.name, text: frame.text });
    }
    if (frame.type === "resolve") {
      this.change("resolve", { resolvedAt: Date.now() });
      this.say(NOTICES.resolved(agent.name));
      return void this.outbox.push({ kind: "remove", conversationId: conversation.id, why: "resolved" });
    }
    this.change("hand_back", { agent: null });
    this.say(NOTICES.handedBack(agent.name));
    void this.outbox.push({ kind: "remove", conversationId: conversation.id, why: "handed_back" });
  }

  private async visitorMessage(ws: WebSocket, frame: Frame<"message">): Promise<void> {
    if (this.record.require().state === "resolved") this.change("reopen", { agent: null, resolvedAt: null });
    const stored = this.post(ws, { sender: "visitor", clientId: frame.clientId, role: "visitor", author: null, text: frame.text });
    const state = this.record.require().state;
    if (!stored) return;
    // While waiting, what the visitor adds goes into the agent's briefing.
    if (state === "queued") return this.escalation.scheduleBriefing();
    if (!aiMayAnswer(state)) return;
    await this.withSite(async (site) => {
      if ((await this.escalation.onVisitorMessage(site)) === "handoff") return;
      const budget = await spendAiTurn(this.env.DB, site, this.log.aiTurns());
      if (!budget.ok) return this.say(budget.notice);
      await this.ai.start(site);
    });
  }

  private async withSite(run: (site: Site) => Promise<void>): Promise<void> {
    const conversation = this.record.require();
    const site = await loadSite(this.env.DB, conversation.siteId);
    if (!site) return console.error(`conversation ${conversation.id}: site ${conversation.siteId} is gone`);
    await run(site);
  }

  /** Stores and relays a message; acks the sender. Returns false for a duplicate clientId. */
  private post(ws: WebSocket | null, input: NewMessage): boolean {
    const { message, duplicate } = this.log.append(input, Date.now());
    // The other side first: the sender already shows its message.
    if (!duplicate) this.hub.broadcast({ type: "message", message }, ws ? { except: ws } : {});
    if (ws && message.clientId) {
      send(ws, { type: "ack", clientId: message.clientId, seq: message.seq, id: message.id, at: message.at, duplicate });
    }
    if (duplicate) return false;
    this.sync.soon();
    return true;
  }

  private say(text: string): void {
    this.post(null, { sender: "system", clientId: null, role: "system", author: null, text });
  }

  private change(event: ConversationEvent, patch: ConversationPatch) {
    const moved = transition(this.record.require().state, event);
    if (!moved.ok) return moved;
    const next = this.record.update({ ...patch, state: moved.to }, Date.now());
    this.hub.broadcast({ type: "state", state: next.state, agent: next.agent, reason: next.triggerReason });
    void this.sync.kick();
    return moved;
  }

  private async deliver(event: QueueEvent): Promise<void> {
    const queue = queueStub(this.env);
    if (event.kind === "remove") return queue.remove(event.conversationId, event.why);
    const { agentsOnline } = await queue.enqueue(event.entry);
    if (agentsOnline === 0 && this.record.require().state === "queued") this.say(NOTICES.nobodyOnline);
  }

  private sendHistory(ws: WebSocket, after: number): void {
    let from = after;
    for (;;) {
      const messages = this.log.after(from, HISTORY_PAGE);
      send(ws, { type: "history", messages });
      if (messages.length < HISTORY_PAGE) return;
      from = messages[messages.length - 1]?.seq ?? from;
    }
  }
}

function unsupported(ws: WebSocket, type: string, why: string): void {
  send(ws, { type: "error", code: "unsupported_frame", message: `${type}: ${why}`, ref: type });
}
