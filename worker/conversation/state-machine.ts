import type { ConversationState } from "../protocol/index.ts";

/**
 * The conversation lifecycle, whole:
 *
 *            ┌──────────────defer (nobody there, or "Email me instead")───────────┐
 *            │                                                                    ▼
 *   bot ──handoff──▶ queued ──claim──▶ assigned ──resolve──▶ resolved      followup ──claim──▶ assigned
 *    ▲                │  ▲                │  │  │               │             │
 *    │                │  └─release/transfer┘  │  └reassign (to an agent)      └──resolve──▶ resolved
 *    │                └──defer──▶ followup    │
 *    └───────────────hand_back────────────────┘
 *    └───────────────reopen (visitor writes again)── resolved
 */
export type ConversationEvent = "handoff" | "defer" | "claim" | "resolve" | "hand_back" | "release" | "transfer" | "reassign" | "reopen";

const TRANSITIONS: Record<ConversationState, Partial<Record<ConversationEvent, ConversationState>>> = {
  bot: { handoff: "queued", defer: "followup" },
  queued: { claim: "assigned", defer: "followup" },
  assigned: { resolve: "resolved", hand_back: "bot", release: "queued", transfer: "queued", reassign: "assigned" },
  // An emailed answer to a resolved follow-up makes it a ticket again.
  resolved: { reopen: "bot", defer: "followup" },
  followup: { claim: "assigned", resolve: "resolved" },
};

export type Transition =
  | { ok: true; from: ConversationState; to: ConversationState }
  | { ok: false; from: ConversationState; event: ConversationEvent; message: string };

export function transition(from: ConversationState, event: ConversationEvent): Transition {
  const to = TRANSITIONS[from][event];
  if (to) return { ok: true, from, to };
  return { ok: false, from, event, message: `cannot ${event.replace("_", " ")} a conversation that is ${from}` };
}

/**
 * Whether the AI may answer: never once a person holds the conversation;
 * while it waits in the queue only if the site lets the AI keep helping.
 */
export function aiMayAnswer(state: ConversationState, aiWhileWaiting = false): boolean {
  return state === "bot" || (state === "queued" && aiWhileWaiting);
}
