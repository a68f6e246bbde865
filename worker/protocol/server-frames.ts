import { z } from "zod";
import { Briefing, TriggerEvidence } from "./briefing.ts";
import { AgentRef, AgentStatus, ChatMessage, ConversationState, QueueEntry, Role } from "./message.ts";

export const ErrorCode = z.enum([
  "bad_json",
  "invalid_frame",
  "frame_too_large",
  "unsupported_frame",
  "forbidden",
  "rate_limited",
  "illegal_transition",
  "already_claimed",
  "over_capacity",
  "offer_expired",
  "already_rated",
  "not_found",
  "internal",
]);

/** A wait estimate in whole minutes, as a range ("about 4–6 minutes"); see worker/routing/estimate.ts. */
export const WaitEstimate = z.object({ lowMinutes: z.number().int().min(0), highMinutes: z.number().int().min(0) });
export type WaitEstimate = z.infer<typeof WaitEstimate>;

/** One team as the console sees it: who is there and how much room they have. */
export const TeamLoad = z.object({
  teamId: z.string(),
  name: z.string(),
  online: z.number().int().min(0),
  /** Free slots among online agents (capacity minus conversations held or offered). */
  free: z.number().int().min(0),
  /** How assignment works: a pool to claim from, or offers to one agent at a time. */
  assignment: z.enum(["manual", "auto"]),
});
export type TeamLoad = z.infer<typeof TeamLoad>;
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Every frame the server sends. */
export const ServerFrame = z.discriminatedUnion("type", [
  /** First frame on a conversation socket. */
  z.object({
    type: z.literal("welcome"),
    conversationId: z.string(),
    role: z.enum(["visitor", "agent"]),
    state: ConversationState,
    agent: AgentRef.nullable(),
    lastSeq: z.number().int().min(0),
    /** Visitors: a renewed token for this conversation (store it in place of the old one) and when it expires. */
    token: z.string().optional(),
    tokenExpiresAt: z.number().optional(),
  }),
  /** Messages after the seq the client said it had, oldest first. */
  z.object({ type: z.literal("history"), messages: z.array(ChatMessage) }),
  z.object({ type: z.literal("message"), message: ChatMessage }),
  /** To the sender only: its message is stored as `seq` (again, if `duplicate`). */
  z.object({
    type: z.literal("ack"),
    clientId: z.string(),
    seq: z.number().int().positive(),
    id: z.string(),
    /** When the server stored it (epoch ms). */
    at: z.number(),
    duplicate: z.boolean(),
  }),
  /** Part of an AI answer being produced; the whole answer follows as a `message`. */
  z.object({ type: z.literal("ai_delta"), turnId: z.string(), text: z.string() }),
  z.object({ type: z.literal("typing"), role: Role, name: z.string().nullable(), on: z.boolean() }),
  z.object({
    type: z.literal("state"),
    state: ConversationState,
    agent: AgentRef.nullable(),
    reason: z.string().nullable(),
  }),
  z.object({
    type: z.literal("error"),
    code: ErrorCode,
    message: z.string(),
    /** The frame type or message clientId the error is about, when there is one. */
    ref: z.string().optional(),
  }),
  /** Agents, on a conversation socket: the context packet, sent on connect and whenever it changes. */
  z.object({ type: z.literal("briefing"), briefing: Briefing }),
  /**
   * Visitor: the assistant suggests a person (frustration, going in circles…).
   * The widget shows a prominent "Talk to a person" button; pressing it sends `request_human`.
   */
  z.object({ type: z.literal("offer_human"), reason: z.string(), signals: z.array(TriggerEvidence) }),
  /** Agents' queue socket: everything waiting, and the agent's own conversations. */
  z.object({
    type: z.literal("queue_snapshot"),
    waiting: z.array(QueueEntry),
    mine: z.array(QueueEntry),
    agentsOnline: z.number().int().min(0),
  }),
  /**
   * Agents' queue socket: one entry changed. `waiting`: new or updated in the
   * queue; `claimed`: an agent took it; `removed`: resolved or handed back.
   */
  z.object({
    type: z.literal("queue_update"),
    event: z.enum(["waiting", "claimed", "removed"]),
    entry: QueueEntry,
  }),
  /** Agents' queue socket: several entries changed at once (a burst); apply each as a `queue_update`. */
  z.object({
    type: z.literal("queue_batch"),
    updates: z.array(z.object({ event: z.enum(["waiting", "claimed", "removed"]), entry: QueueEntry })),
  }),
  /** Agents' queue socket: how many agents are online changed. */
  z.object({ type: z.literal("presence"), agentsOnline: z.number().int().min(0) }),
  /** Agents' queue socket, to the claimer: the conversation is yours. */
  z.object({ type: z.literal("claimed"), conversationId: z.string() }),
  /**
   * Agents' queue socket, to the one agent auto-assign chose: take it before
   * `expiresAt` (accept_offer) or pass (decline_offer); silence passes too.
   */
  z.object({ type: z.literal("offer"), entry: QueueEntry, expiresAt: z.number() }),
  /** The offer is no longer yours: it expired, you declined, or the conversation moved on. */
  z.object({ type: z.literal("offer_withdrawn"), conversationId: z.string(), why: z.enum(["expired", "declined", "gone"]) }),
  /** Agents' queue socket, to the agent: a conversation was taken from you (you were away too long, or left it unanswered). */
  z.object({ type: z.literal("released"), conversationId: z.string(), why: z.enum(["away", "unanswered", "deactivated"]) }),
  /** Agents' queue socket: someone has waited too long; `level` grows with each re-alert. */
  z.object({ type: z.literal("alert"), conversationId: z.string(), level: z.number().int().min(1), waitedMs: z.number() }),
  /**
   * Agents' presence socket: the agent's own status and load, and each of
   * their teams' online agents and free slots. Sent on connect and on change.
   */
  z.object({
    type: z.literal("roster"),
    me: z.object({ status: AgentStatus, active: z.number().int().min(0), capacity: z.number().int().min(0) }),
    teams: z.array(TeamLoad),
  }),
  /**
   * Visitor, while waiting: their place in line and an honest estimate
   * (null when there is no basis for one), pushed whenever either changes.
   */
  z.object({
    type: z.literal("queue_status"),
    position: z.number().int().min(1),
    estimate: WaitEstimate.nullable(),
    team: z.string(),
  }),
  /**
   * Visitor: ask for the one-tap rating (1–5, optional comment), after a person resolved the conversation or,
   * where the site asks it, after the AI answered. Never sent once the conversation is rated.
   */
  z.object({ type: z.literal("rating_request"), path: z.enum(["ai", "human"]) }),
  /** Visitor: the rating, or one answer's thumbs, is stored (the widget thanks them and stops asking). */
  z.object({ type: z.literal("feedback_saved"), kind: z.enum(["rating", "answer"]), seq: z.number().int().positive().optional() }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;
export type ServerFrameOf<T extends ServerFrame["type"]> = Extract<ServerFrame, { type: T }>;
