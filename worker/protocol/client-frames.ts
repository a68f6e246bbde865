import { z } from "zod";
import { MAX_TEXT_CHARS } from "./limits.ts";
import { AgentStatus, ClientId, PageInfo } from "./message.ts";

/** A rating's optional comment: a sentence or two, not a second conversation. */
const MAX_COMMENT_CHARS = 1000;

const Text = z.string().trim().min(1, "message text is empty").max(MAX_TEXT_CHARS);

/**
 * Every frame a client (widget or console) may send. A conversation socket
 * accepts all but `claim`; the agents' queue socket accepts only `claim`.
 */
export const ClientFrame = z.discriminatedUnion("type", [
  /** Post a message; `clientId` makes retries safe (stored once, acked with the original seq). */
  z.object({ type: z.literal("message"), clientId: ClientId, text: Text }),
  /** Typing indicator; relayed to the other side, never stored. */
  z.object({ type: z.literal("typing"), on: z.boolean() }),
  /** Visitor: the "Talk to a person" control. */
  z.object({ type: z.literal("request_human") }),
  /** Ask again for every message after `after` (the client has 1..after). */
  z.object({ type: z.literal("resume"), after: z.number().int().min(0) }),
  /** Visitor: the page they are on changed. */
  z.object({ type: z.literal("page"), page: PageInfo }),
  /** Assigned agent: the issue is solved. */
  z.object({ type: z.literal("resolve") }),
  /** Assigned agent: give the conversation back to the AI. */
  z.object({ type: z.literal("hand_back") }),
  /** Agent, on the queue socket: take a waiting conversation. */
  z.object({ type: z.literal("claim"), conversationId: z.string().min(1).max(128) }),
  /** Agent, on the queue socket: answer an `offer` (auto-assign). */
  z.object({ type: z.literal("accept_offer"), conversationId: z.string().min(1).max(128) }),
  z.object({ type: z.literal("decline_offer"), conversationId: z.string().min(1).max(128) }),
  /** Agent, on the presence socket: online (takes conversations), away (keeps theirs, gets no new ones) or offline. */
  z.object({ type: z.literal("set_status"), status: AgentStatus }),
  /** Assigned agent: move the conversation to a team's queue or straight to another agent, with a private note. */
  z.object({
    type: z.literal("transfer"),
    to: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("team"), teamId: z.string().min(1).max(64) }),
      z.object({ kind: z.literal("agent"), agentId: z.string().min(1).max(64) }),
    ]),
    note: z.string().trim().max(MAX_TEXT_CHARS).default(""),
  }),
  /** Agent: a private note in the transcript, never sent to the visitor. */
  z.object({ type: z.literal("note"), clientId: ClientId, text: Text }),
  /** Visitor: "Email me instead" — leave an address and go; an agent answers by email. */
  z.object({ type: z.literal("email_me"), email: z.email().max(320), name: z.string().trim().max(200).optional() }),
  /** Visitor: the one-tap rating of the conversation, after a `rating_request`; once per conversation. */
  z.object({
    type: z.literal("rate"),
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().max(MAX_COMMENT_CHARS).optional(),
  }),
  /** Visitor: thumbs up / down on one AI answer, by its seq; once per answer. */
  z.object({ type: z.literal("answer_feedback"), seq: z.number().int().positive(), helpful: z.boolean() }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;
export type ClientFrameType = ClientFrame["type"];
