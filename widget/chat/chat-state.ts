import type { AgentRef, ServerFrame, ChatMessage, ConversationState, Role, WaitEstimate } from "../../worker/protocol/index.ts";

/**
 * idle: no conversation yet; starting: creating it; connecting/open: the
 * socket; offline: the browser has no network; unavailable: this site or
 * page may not use the chat (nothing to retry).
 */
export type ConnectionStatus = "idle" | "starting" | "connecting" | "open" | "offline" | "unavailable";

/** A visitor message not yet acknowledged; resent with the same clientId until it is. */
export interface PendingMessage {
  clientId: string;
  text: string;
  at: number;
  /** Set when the server refused it (it is then not resent). */
  error?: string;
}

export interface ChatState {
  conversationId: string | null;
  state: ConversationState;
  agent: AgentRef | null;
  /** Stored messages, sorted by seq, one per seq. */
  messages: ChatMessage[];
  pending: PendingMessage[];
  /** The AI answer arriving piece by piece; replaced by the stored message. */
  streaming: { turnId: string; text: string } | null;
  typing: { role: Role; name: string | null } | null;
  connection: ConnectionStatus;
  /** "Talk to a person" pressed; cleared when the server reports the new state. */
  humanRequested: boolean;
  /** The assistant suggested a person (`offer_human`): the control is shown prominently. */
  humanOffered: boolean;
  /** While queued: the visitor's place and the estimate, from the last `queue_status`. */
  queue: { position: number; estimate: WaitEstimate | null } | null;
  /** The server refused the address left with "Email me instead" (the form says so). */
  emailRefused: boolean;
  /**
   * The last frame the app leaves to widget-handoff.js (the rating's: `rating_request`,
   * `feedback_saved`); what the app handles itself never lands here.
   */
  frame?: ServerFrame;
}

export const INITIAL_STATE: ChatState = {
  conversationId: null,
  state: "bot",
  agent: null,
  messages: [],
  pending: [],
  streaming: null,
  typing: null,
  connection: "idle",
  humanRequested: false,
  humanOffered: false,
  queue: null,
  emailRefused: false,
};
