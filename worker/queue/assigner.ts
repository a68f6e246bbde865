import type { AgentRef, QueueEntry, ServerFrame } from "../protocol/index.ts";
import type { ConversationDO } from "../conversation/conversation-do.ts";
import type { Timers } from "../durable/timers.ts";
import type { RosterDO } from "../roster/roster-do.ts";
import type { QueueStore, StoredEntry } from "./queue-store.ts";

export interface AssignerHost {
  store: QueueStore;
  timers: Timers;
  roster: () => DurableObjectStub<RosterDO>;
  conversation: (id: string) => DurableObjectStub<ConversationDO>;
  teamId: string;
  sendTo: (agentId: string, frame: ServerFrame) => void;
  /** A change of an entry for the team's agents (batched, see queue-feed.ts). */
  feed: (event: "waiting" | "claimed" | "removed", entry: QueueEntry) => void;
  changed: () => void;
  /** The entry waits again (released): its waiting alerts resume. */
  waitingAgain: (entry: QueueEntry) => void;
}

export interface TeamNow {
  name: string;
  assignment: "manual" | "auto";
  offerSeconds: number;
  load: { online: number; slots: number; free: number };
}

type Reply = (frame: ServerFrame) => void;
type Result = { ok: true } | { ok: false; code: string; message: string };

/**
 * Who gets which conversation, for one team: claims from the pool, offers
 * (auto-assign), their answers and expiry, releases, direct assignment.
 * Every change marks the entry before the first await, so a second claim or
 * offer arriving meanwhile sees it taken; the roster counts the slots.
 */
export class Assigner {
  private readonly host: AssignerHost;
  private offering: Promise<void> | null = null;
  private again = false;

  constructor(host: AssignerHost) {
    this.host = host;
  }

  async team(): Promise<TeamNow> {
    const info = await this.host.roster().team(this.host.teamId);
    if (!info) return { name: this.host.teamId, assignment: "manual", offerSeconds: 30, load: { online: 0, slots: 0, free: 0 } };
    return { name: info.team.name, assignment: info.team.assignment, offerSeconds: info.team.offerSeconds, load: info.load };
  }

  /** Auto-assign: offers each waiting conversation, in order, to the best agent with room, until nobody has any. One run at a time. */
  offerWaiting(known?: TeamNow): Promise<void> {
    if (this.offering) {
      this.again = true;
      return this.offering;
    }
    this.offering = this.offerLoop(known).finally(() => {
      this.offering = null;
    });
    return this.offering;
  }

  /** `known`: the team as the caller just read it, saving the roster a question on the hot path. */
  private async offerLoop(known?: TeamNow): Promise<void> {
    let team = known;
    do {
      this.again = false;
      team = team ?? (await this.team());
      if (team.assignment !== "auto") return;
      for (const stored of this.host.store.unoffered(50)) {
        // Marked first: nothing else offers or claims it while the roster is asked.
        const marked = this.host.store.move(stored, "offered", null, { offeredTo: null });
        const agent = await this.host.roster().offer(this.host.teamId, stored.entry.conversationId, stored.declined);
        if (!agent) {
          this.host.store.move(marked, "waiting", null);
          break;
        }
        const current = this.host.store.get(stored.entry.conversationId);
        if (current?.status !== "offered") {
          // It moved on while we asked (resolved, claimed): give the slot back.
          await this.host.roster().release(stored.entry.conversationId, this.host.teamId);
          continue;
        }
        const offered = this.host.store.move(current, "offered", null, { offeredTo: agent.agentId });
        const expiresAt = Date.now() + team.offerSeconds * 1000;
        this.host.timers.reschedule(`offer:${stored.entry.conversationId}`, expiresAt);
        this.host.sendTo(agent.agentId, { type: "offer", entry: offered.entry, expiresAt });
      }
      team = undefined;
    } while (this.again);
  }

  async claim(agent: AgentRef, conversationId: string, reply: Reply): Promise<void> {
    const stored = this.host.store.get(conversationId);
    if (!stored) return reply({ type: "error", code: "not_found", message: "that conversation is not in the queue", ref: conversationId });
    if (stored.status === "offered" && stored.offeredTo === agent.id) return this.accept(agent, conversationId, reply);
    if (stored.status !== "waiting") {
      const message = stored.status === "assigned" ? `already claimed by ${stored.entry.agent?.name ?? "another agent"}` : "it is being offered to a teammate";
      return reply({ type: "error", code: "already_claimed", message, ref: conversationId });
    }
    const result = await this.take(stored, agent);
    if (!result.ok) return reply({ type: "error", code: result.code === "over_capacity" ? "over_capacity" : result.code === "illegal_transition" ? "illegal_transition" : "internal", message: result.message, ref: conversationId });
    reply({ type: "claimed", conversationId });
  }

  async accept(agent: AgentRef, conversationId: string, reply: Reply): Promise<void> {
    const stored = this.host.store.get(conversationId);
    if (stored?.status !== "offered" || stored.offeredTo !== agent.id) {
      return reply({ type: "error", code: "offer_expired", message: "that offer is no longer yours", ref: conversationId });
    }
    this.host.timers.cancel(`offer:${conversationId}`);
    const result = await this.take(stored, agent);
    if (!result.ok) return reply({ type: "error", code: "internal", message: result.message, ref: conversationId });
    reply({ type: "claimed", conversationId });
  }

  async decline(agentId: string, conversationId: string, reply: Reply): Promise<void> {
    const stored = this.host.store.get(conversationId);
    if (stored?.status !== "offered" || stored.offeredTo !== agentId) {
      return reply({ type: "error", code: "offer_expired", message: "that offer is no longer yours", ref: conversationId });
    }
    await this.withdraw(stored, "declined");
    await this.offerWaiting();
  }

  /** The offer ends unanswered or declined: the agent is told, their slot freed, and the next agent will be asked. */
  async withdraw(stored: StoredEntry, why: "expired" | "declined" | "gone"): Promise<void> {
    const agentId = stored.offeredTo;
    this.host.timers.cancel(`offer:${stored.entry.conversationId}`);
    this.host.store.move(stored, "waiting", null, { offeredTo: null, declined: agentId ? [...stored.declined, agentId] : stored.declined });
    if (agentId) this.host.sendTo(agentId, { type: "offer_withdrawn", conversationId: stored.entry.conversationId, why });
    await this.host.roster().release(stored.entry.conversationId, this.host.teamId);
    this.host.changed();
  }

  /** Back to waiting at the front; the conversation tells the visitor, and the agent is told here. */
  async release(held: StoredEntry, agentId: string, why: "away" | "unanswered" | "deactivated"): Promise<boolean> {
    const conversationId = held.entry.conversationId;
    const moved = await this.host
      .conversation(conversationId)
      .release(agentId, why)
      .catch((error: unknown) => {
        console.error(`queue ${this.host.teamId}: releasing ${conversationId} from ${agentId} failed:`, error);
        return null;
      });
    // Unreachable: stays held, and the next attempt tries again.
    if (moved === null) return false;
    await this.host.roster().release(conversationId, this.host.teamId);
    if (!moved) {
      this.host.store.delete(conversationId);
      this.host.feed("removed", held.entry);
      return false;
    }
    const waiting = this.host.store.move(held, "waiting", null, { assignedAt: null, declined: [...held.declined, agentId] });
    this.host.store.toFront(conversationId);
    this.host.sendTo(agentId, { type: "released", conversationId, why });
    this.host.feed("waiting", waiting.entry);
    this.host.waitingAgain(waiting.entry);
    return true;
  }

  /** Straight to one agent (a transfer, a follow-up taken): capacity checked, no offer. The conversation changes its own state. */
  async assignDirect(entry: QueueEntry, agentId: string): Promise<{ ok: true; agent: AgentRef } | { ok: false; code: string; message: string }> {
    const existing = this.host.store.get(entry.conversationId);
    const reserved = await this.host.roster().reserve(agentId, this.host.teamId, entry.conversationId);
    if (!reserved.ok) return reserved;
    const agent = reserved.agent;
    const stored: StoredEntry = existing ?? { entry: { ...entry, teamId: this.host.teamId }, status: "waiting", offeredTo: null, declined: [], assignedAt: null, told: null };
    if (!existing) this.host.store.put(stored);
    this.held(this.host.store.move(stored, "assigned", agent, { assignedAt: Date.now(), offeredTo: null }));
    return { ok: true, agent };
  }

  /** Claim or accepted offer: the slot, then the conversation; undone if either refuses. */
  private async take(stored: StoredEntry, agent: AgentRef): Promise<Result> {
    const conversationId = stored.entry.conversationId;
    const held = this.host.store.move(stored, "assigned", agent, { assignedAt: Date.now(), offeredTo: null });
    const reserved = await this.host.roster().reserve(agent.id, this.host.teamId, conversationId);
    if (!reserved.ok) {
      this.host.store.move(held, "waiting", null, { assignedAt: null });
      return reserved;
    }
    let result: Result;
    try {
      result = await this.host.conversation(conversationId).assign(agent);
    } catch (error) {
      // The answer may be lost after the claim took effect: ask who holds it before undoing anything.
      const holder = await this.host.conversation(conversationId).heldBy().catch(() => undefined);
      result = holder === agent.id ? { ok: true } : { ok: false, code: "internal", message: `conversation did not answer: ${String(error)}` };
    }
    if (!result.ok) {
      await this.host.roster().release(conversationId, this.host.teamId);
      // The conversation moved on: drop the entry; unreachable: put it back.
      if (result.code === "illegal_transition") {
        this.host.store.delete(conversationId);
        this.host.feed("removed", stored.entry);
      } else this.host.store.move(held, "waiting", null, { assignedAt: null });
      return result;
    }
    this.held(held);
    return { ok: true };
  }

  /** Someone holds it: the team is told, and nobody is alerted about it any more (no alarm for an entry nobody waits on). */
  private held(held: StoredEntry): void {
    this.host.timers.cancel(`alert:${held.entry.conversationId}`);
    this.host.feed("claimed", held.entry);
    this.host.changed();
  }
}
