import type { ConversationState } from "../protocol/index.ts";

/**
 * The conversation lifecycle, whole:
 *
 *   bot ──handoff──▶ queued ──claim──▶ assigned ──resolve──▶ resolved
 *    ▲                 ▲                   │                    │
 *    │                 └─────release───────┤ (the agent is gone)│
 *    └───────────────hand_back─────────────┘                    │
 *    └───────────────reopen (visitor writes again)──────────────┘
 */
export type ConversationEvent = "handoff" | "claim" | "resolve" | "hand_back" | "release" | "reopen";

const TRANSITIONS: Record<ConversationState, Partial<Record<ConversationEvent, ConversationState>>> = {
  bot: { handoff: "queued" },
  queued: { claim: "assigned" },
  assigned: { resolve: "resolved", hand_back: "bot", release: "queued" },
  resolved: { reopen: "bot" },
};

export type Transition =
  | { ok: true; from: ConversationState; to: ConversationState }
  | { ok: false; from: ConversationState; event: ConversationEvent; message: string };

export function transition(from: ConversationState, event: ConversationEvent): Transition {
  const to = TRANSITIONS[from][event];
  if (to) return { ok: true, from, to };
  return { ok: false, from, event, message: `cannot ${event.replace("_", " ")} a conversation that is ${from}` };
}

/** Whether the AI may answer: only while no human is involved. */
export function aiMayAnswer(state: ConversationState): boolean {
  return state === "bot";
}
