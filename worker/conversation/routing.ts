import { queueStub, rosterStub } from "../durable/stubs.ts";
import type { SocketHub } from "../durable/sockets.ts";
import type { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import type { AgentRef, EscalationDecision, ServerFrameOf } from "../protocol/index.ts";
import { describeOpening, isOpen, nextOpening } from "../routing/business-hours.ts";
import { ALL_TEAM, chooseTeam } from "../routing/choose-team.ts";
import type { EnqueueResult } from "../queue/queue-do.ts";
import type { Site } from "../sites/site-settings.ts";
import type { ConversationPatch } from "./conversation.ts";
import type { ConversationRecord } from "./conversation-record.ts";
import type { MessageLog } from "./message-log.ts";
import { NOTICES, type Notice } from "./notices.ts";
import { queueEntryOf } from "./queue-entry.ts";
import type { ConversationEvent, Transition } from "./state-machine.ts";

/** What the conversation tells its team's queue, through its outbox. */
export type QueueEvent =
  | { kind: "enqueue"; teamId: string }
  | { kind: "remove"; teamId: string; why: "resolved" | "handed_back" | "transferred" | "deferred" }
  | { kind: "unanswered"; teamId: string; agentId: string }
  /** An agent's reply (by seq) to email to a visitor who is not here. */
  | { kind: "email"; seq: number };

export interface RoutingHost {
  env: Env;
  record: ConversationRecord;
  log: MessageLog;
  hub: SocketHub;
  timers: Timers;
  say(notice: Notice): void;
  change(event: ConversationEvent, patch: ConversationPatch): Transition;
  push(event: QueueEvent): void;
  site(): Promise<Site | null>;
}

export type Result = { ok: true } | { ok: false; code: string; message: string };

/**
 * Where a conversation goes when it needs a person, and what it tells its
 * team's queue: the team by the site's rules, a follow-up ticket when
 * nobody can take it (after hours, nobody online, an email left), its place
 * in line for the visitor, releases, transfers.
 */
export class ConversationRouting {
  private readonly host: RoutingHost;

  constructor(host: RoutingHost) {
    this.host = host;
  }

  /** The handoff itself: queued in the right team, or straight to a follow-up outside business hours. */
  async route(decision: EscalationDecision, site: Site): Promise<void> {
    const routing = site.settings.routing;
    const topics = decision.signals.flatMap((s) => (s.topic ? [s.topic] : []));
    const signals = decision.phase === "button" ? ["button", ...decision.signals.map((s) => s.name)] : decision.signals.map((s) => s.name);
    const teamId = chooseTeam(routing, { signals, topics, tier: null }, (id) => id !== ALL_TEAM);
    const now = Date.now();
    if (!isOpen(routing.hours, now)) {
      const opening = nextOpening(routing.hours, now);
      this.host.change("defer", { triggerReason: decision.reason, queuedAt: now, agent: null, briefing: null, teamId });
      const back = routing.hours && opening ? { text: describeOpening(routing.hours, opening, now), at: opening, timeZone: routing.hours.timeZone } : null;
      return this.sayOnce("closed", NOTICES.closed(back));
    }
    this.host.change("handoff", { triggerReason: decision.reason, queuedAt: now, agent: null, briefing: null, teamId });
    this.host.say(NOTICES.connecting);
    this.host.push({ kind: "enqueue", teamId });
  }

  /** Delivers an outbox event to the team's queue (retried by the outbox when it throws). */
  async deliver(event: QueueEvent): Promise<void> {
    if (event.kind === "email") return;
    const c = this.host.record.require();
    const queue = queueStub(this.host.env, c.workspaceId, event.teamId);
    if (event.kind === "remove") return queue.remove(c.id, event.why);
    if (event.kind === "unanswered") return void (await queue.releaseUnanswered(c.id, event.agentId));
    if (c.state !== "queued" || c.teamId !== event.teamId) return;
    const result: EnqueueResult = await queue.enqueue(queueEntryOf(c, this.host.log, await this.host.site()));
    // Nobody of the team online: never wait in an empty queue.
    if (!result.accepted && this.host.record.require().state === "queued") {
      this.host.change("defer", {});
      this.sayOnce("nobody", NOTICES.nobodyOnline);
    }
  }

  /** The queue says where the visitor stands: stored for a reconnect and pushed to them. */
  queueStatus(status: Omit<ServerFrameOf<"queue_status">, "type">): void {
    if (this.host.record.require().state !== "queued") return;
    const frame: ServerFrameOf<"queue_status"> = { type: "queue_status", ...status };
    this.host.record.setQueueStatus(frame);
    this.host.hub.broadcast(frame, { role: "visitor" });
  }

  /** Called by the queue: the assigned agent is gone; the conversation waits again and the visitor is told why. */
  release(agentId: string, why: "away" | "unanswered" | "deactivated"): boolean {
    const c = this.host.record.get();
    if (c?.state !== "assigned" || c.agent?.id !== agentId) return false;
    const name = c.agent.name;
    if (!this.host.change("release", { agent: null, assignedAt: null }).ok) return false;
    this.host.timers.cancel("unanswered");
    this.host.say(NOTICES.released(name, why));
    return true;
  }

  /** Resolved or handed back: the team's queue lets the entry (and the agent's slot) go. */
  finished(why: "resolved" | "handed_back"): void {
    const c = this.host.record.require();
    this.host.timers.cancel("unanswered");
    this.host.push({ kind: "remove", teamId: c.teamId, why });
  }

  /** A visitor message an assigned agent must answer before the site's deadline (the first unanswered one counts). */
  visitorWrote(site: Site): void {
    if (this.host.record.require().state !== "assigned") return;
    this.host.timers.schedule("unanswered", Date.now() + site.settings.routing.unansweredMinutes * 60_000);
  }

  agentWrote(): void {
    this.host.timers.cancel("unanswered");
  }

  /** The deadline passed with no answer: the queue releases the conversation (and tells the agent). */
  unansweredDue(): void {
    const c = this.host.record.require();
    if (c.state === "assigned" && c.agent) this.host.push({ kind: "unanswered", teamId: c.teamId, agentId: c.agent.id });
  }

  /** "Email me instead": the address is kept, the conversation leaves the queue as a follow-up ticket. */
  emailMe(email: string, name: string | undefined): Result {
    const c = this.host.record.require();
    const visitor = { ...c.visitor, email, ...(name ? { name } : {}) };
    if (c.state === "assigned" || c.state === "resolved") {
      this.host.record.update({ visitorEmail: email, visitor }, Date.now());
      return { ok: true };
    }
    const reason = c.triggerReason ?? "Left an email to be answered later";
    const moved = this.host.change("defer", { visitorEmail: email, visitor, triggerReason: reason, queuedAt: c.queuedAt ?? Date.now() });
    if (!moved.ok && c.state !== "followup") return { ok: false, code: "illegal_transition", message: moved.message };
    if (!moved.ok) this.host.record.update({ visitorEmail: email, visitor }, Date.now());
    if (c.state === "queued") this.host.push({ kind: "remove", teamId: c.teamId, why: "deferred" });
    this.host.say(NOTICES.emailNoted(email));
    return { ok: true };
  }

  /** The assigned agent moves it: to a team's queue (the briefing travels), or straight to an agent with room. */
  async transfer(from: AgentRef, to: { kind: "team"; teamId: string } | { kind: "agent"; agentId: string }): Promise<Result> {
    const c = this.host.record.require();
    if (to.kind === "team") {
      const team = await rosterStub(this.host.env, c.workspaceId).team(to.teamId);
      if (!team) return { ok: false, code: "not_found", message: `no team ${to.teamId}` };
      const moved = this.host.change("transfer", { agent: null, assignedAt: null, teamId: to.teamId });
      if (!moved.ok) return { ok: false, code: "illegal_transition", message: moved.message };
      this.host.timers.cancel("unanswered");
      this.host.push({ kind: "remove", teamId: c.teamId, why: "transferred" });
      this.host.push({ kind: "enqueue", teamId: to.teamId });
      this.host.say(NOTICES.movedToTeam(team.team.name));
      return { ok: true };
    }
    const entry = { ...queueEntryOf(c, this.host.log, await this.host.site()), status: "assigned" as const };
    const assigned = await queueStub(this.host.env, c.workspaceId, c.teamId).assignTo(entry, to.agentId);
    if (!assigned.ok) return assigned;
    this.host.change("reassign", { agent: assigned.agent, assignedAt: Date.now() });
    this.host.timers.cancel("unanswered");
    this.host.say(NOTICES.movedToAgent(from.name, assigned.agent.name));
    return { ok: true };
  }

  /** An agent takes a follow-up ticket from the list. */
  async take(agent: AgentRef): Promise<Result> {
    const c = this.host.record.require();
    if (c.state !== "followup") return { ok: false, code: "illegal_transition", message: `the conversation is ${c.state}, not a follow-up` };
    const entry = { ...queueEntryOf(c, this.host.log, await this.host.site()), status: "assigned" as const };
    const assigned = await queueStub(this.host.env, c.workspaceId, c.teamId).assignTo(entry, agent.id);
    if (!assigned.ok) return assigned;
    const moved = this.host.change("claim", { agent: assigned.agent, assignedAt: Date.now() });
    if (!moved.ok) return { ok: false, code: "illegal_transition", message: moved.message };
    this.host.say(NOTICES.joined(agent.name));
    return { ok: true };
  }

  private sayOnce(key: string, notice: Notice): void {
    const c = this.host.record.require();
    if (c.said.includes(key)) return;
    this.host.record.update({ said: [...c.said, key] }, Date.now());
    this.host.say(notice);
  }
}
