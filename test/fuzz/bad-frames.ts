import fc from "fast-check";
import { MAX_FRAME_BYTES, MAX_TEXT_CHARS, parseClientFrame, type ClientFrame, type ClientFrameType } from "../../worker/protocol/index.ts";

/** What a client can put on a socket: text or binary. */
export type RawFrame = string | Uint8Array;

export type SocketRole = "visitor" | "agent_conversation" | "agent_queue" | "agent_presence";

/**
 * Well-formed frames each socket answers with a typed error and nothing else
 * (see webSocketMessage in conversation-do.ts, queue-do.ts, roster-do.ts and
 * agent-frames.ts): another socket's frames, an assigned agent's actions
 * from someone it is not assigned to, claims and offers naming no entry.
 * Every other well-formed frame does something, so it is not fuzzed here.
 */
const REFUSED: Record<SocketRole, ReadonlySet<ClientFrameType>> = {
  visitor: new Set(["claim", "accept_offer", "decline_offer", "set_status", "resolve", "hand_back", "transfer", "note"]),
  agent_conversation: new Set(["claim", "accept_offer", "decline_offer", "set_status", "request_human", "page", "email_me", "message", "resolve", "hand_back", "transfer", "rate", "answer_feedback"]),
  agent_queue: new Set(["message", "typing", "request_human", "resume", "page", "resolve", "hand_back", "claim", "accept_offer", "decline_offer", "set_status", "transfer", "note", "email_me", "rate", "answer_feedback"]),
  agent_presence: new Set(["message", "typing", "request_human", "resume", "page", "resolve", "hand_back", "claim", "accept_offer", "decline_offer", "transfer", "note", "email_me", "rate", "answer_feedback"]),
};

/** Frames used to delimit batches (fuzz-sockets.ts) must never be generated. */
export const SENTINEL_PREFIX = "fuzz-sentinel-";

const id = fc.string({ minLength: 1, maxLength: 64 });
const text = fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim().length > 0);

/** One well-formed frame of every type, with generated values. */
const wellFormed: fc.Arbitrary<ClientFrame> = fc.oneof(
  fc.record({ type: fc.constant("message" as const), clientId: id, text }),
  fc.record({ type: fc.constant("typing" as const), on: fc.boolean() }),
  fc.constant({ type: "request_human" as const }),
  fc.record({ type: fc.constant("resume" as const), after: fc.nat() }),
  fc.record({ type: fc.constant("page" as const), page: fc.record({ url: fc.webUrl(), title: fc.string({ maxLength: 80 }) }) }),
  fc.constant({ type: "resolve" as const }),
  fc.constant({ type: "hand_back" as const }),
  fc.record({ type: fc.constantFrom("claim" as const, "accept_offer" as const, "decline_offer" as const), conversationId: fc.string({ minLength: 1, maxLength: 128 }) }),
  fc.record({ type: fc.constant("set_status" as const), status: fc.constantFrom("online" as const, "away" as const, "offline" as const) }),
  fc.record({
    type: fc.constant("transfer" as const),
    to: fc.oneof(fc.record({ kind: fc.constant("team" as const), teamId: id }), fc.record({ kind: fc.constant("agent" as const), agentId: id })),
    note: fc.string({ maxLength: 80 }),
  }),
  fc.record({ type: fc.constant("note" as const), clientId: id, text }),
  fc.record({ type: fc.constant("email_me" as const), email: fc.emailAddress() }),
  fc.record({ type: fc.constant("rate" as const), score: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ type: fc.constant("answer_feedback" as const), seq: fc.integer({ min: 1, max: 50 }), helpful: fc.boolean() }),
);

const TYPES: ClientFrameType[] = ["message", "typing", "request_human", "resume", "page", "resolve", "hand_back", "claim", "accept_offer", "decline_offer", "set_status", "transfer", "note", "email_me", "rate", "answer_feedback"];
const FIELDS = ["type", "clientId", "text", "on", "after", "page", "url", "title", "conversationId", "status", "to", "kind", "teamId", "agentId", "note", "email", "name", "score", "comment", "seq", "helpful"];

/** A well-formed frame with one field replaced by any JSON value, or removed. */
const brokenField = fc
  .tuple(wellFormed, fc.constantFrom(...FIELDS), fc.option(fc.jsonValue(), { nil: undefined }))
  .map(([frame, field, value]) => JSON.stringify({ ...frame, [field]: value }));

/** Anything with a `type`: a known one or not, with whatever fields. */
const typed = fc
  .tuple(fc.oneof(fc.constantFrom<string>(...TYPES), fc.string()), fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue(), { maxKeys: 4 }))
  .map(([type, fields]) => JSON.stringify({ ...fields, type }));

/** Limits: text just over the message limit, and frames over the frame limit. */
const overLimits = fc.oneof(
  fc.nat({ max: 200 }).map((n) => JSON.stringify({ type: "message", clientId: "long", text: "a".repeat(MAX_TEXT_CHARS + 1 + n) })),
  fc.nat({ max: 200 }).map((n) => JSON.stringify({ type: "note", clientId: "big", text: "é".repeat(MAX_FRAME_BYTES / 2 + n) })),
  fc.constantFrom(" ", "\t\n").map((blank) => JSON.stringify({ type: "message", clientId: "blank", text: blank })),
);

const anyFrame: fc.Arbitrary<RawFrame> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 120 }) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 5, arbitrary: typed },
  { weight: 6, arbitrary: brokenField },
  { weight: 4, arbitrary: wellFormed.map((f) => JSON.stringify(f)) },
  { weight: 1, arbitrary: overLimits },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
);

/** Whether `role`'s socket must answer the frame with exactly one typed error. */
export function isBadFor(role: SocketRole, raw: RawFrame): boolean {
  if (typeof raw !== "string") return true;
  if (raw.includes(SENTINEL_PREFIX)) return false;
  const parsed = parseClientFrame(raw);
  return !parsed.ok || REFUSED[role].has(parsed.frame.type);
}

/** Generated frames the socket of `role` must refuse, one typed error each. */
export function badFrames(role: SocketRole): fc.Arbitrary<RawFrame> {
  return anyFrame.filter((raw) => isBadFor(role, raw));
}
