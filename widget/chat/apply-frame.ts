import type { ChatMessage, ServerFrame } from "../../worker/protocol/index.ts";
import type { ChatState } from "./chat-state.ts";
import { contiguousSeq, lastSeq, mergeBySeq } from "../../worker/protocol/message-merge.ts";

export interface FrameOutcome {
  next: ChatState;
  /** Ask the server again for everything after this seq (a gap, or a reset server). */
  resumeAfter?: number;
  /** Messages from others that arrived live (for the unread badge). */
  arrived: number;
}

/** What a server frame does to the chat state; pure, so replays and races are easy to reason about. */
export function applyFrame(state: ChatState, frame: ServerFrame): FrameOutcome {
  switch (frame.type) {
    case "welcome": {
      // The server knows fewer messages than we cached: its storage was reset, so trust it.
      const reset = frame.lastSeq < lastSeq(state.messages);
      const waiting = frame.state === "queued" || frame.state === "assigned";
      const next: ChatState = {
        ...state,
        state: frame.state,
        agent: frame.agent,
        messages: reset ? [] : state.messages,
        humanRequested: state.humanRequested && !waiting,
        // The place in line follows the welcome when still queued.
        queue: null,
      };
      return reset ? { next, resumeAfter: 0, arrived: 0 } : { next, arrived: 0 };
    }
    case "history":
      return received(state, frame.messages, false);
    case "message":
      return received(state, [frame.message], true);
    case "ack": {
      const sent = state.pending.find((p) => p.clientId === frame.clientId);
      if (!sent) return { next: state, arrived: 0 };
      const message: ChatMessage = {
        seq: frame.seq,
        id: frame.id,
        clientId: sent.clientId,
        role: "visitor",
        author: null,
        authorId: null,
        text: sent.text,
        at: sent.at,
      };
      const pending = state.pending.filter((p) => p !== sent);
      return { next: { ...state, pending, messages: mergeBySeq(state.messages, [message]) }, arrived: 0 };
    }
    case "ai_delta": {
      const text = state.streaming?.turnId === frame.turnId ? state.streaming.text + frame.text : frame.text;
      return { next: { ...state, streaming: { turnId: frame.turnId, text } }, arrived: 0 };
    }
    case "typing": {
      if (frame.role === "visitor") return { next: state, arrived: 0 };
      const typing = frame.on ? { role: frame.role, name: frame.name } : state.typing?.role === frame.role ? null : state.typing;
      return { next: { ...state, typing }, arrived: 0 };
    }
    case "state": {
      // Leaving the bot silences the AI: a half-streamed answer will never be completed.
      const streaming = frame.state === "bot" ? state.streaming : null;
      const queue = frame.state === "queued" ? state.queue : null;
      const next = { ...state, state: frame.state, agent: frame.agent, streaming, humanRequested: false, humanOffered: false, queue };
      return { next, arrived: 0 };
    }
    case "queue_status":
      return { next: { ...state, queue: { position: frame.position, estimate: frame.estimate } }, arrived: 0 };
    case "offer_human":
      // `reason` is written for agents (trigger evidence), so the visitor only sees the offer itself.
      return { next: { ...state, humanOffered: state.state === "bot" || state.state === "resolved" }, arrived: 0 };
    case "error": {
      if (frame.ref === "email_me") return { next: { ...state, emailRefused: true }, arrived: 0 };
      const pending = state.pending.map((p) => (p.clientId === frame.ref ? { ...p, error: frame.message } : p));
      if (!pending.some((p) => p.clientId === frame.ref)) console.warn(`Baton: ${frame.code}: ${frame.message}`);
      return { next: { ...state, pending }, arrived: 0 };
    }
    default:
      // Agents' queue frames never reach a visitor socket; the rating's are widget-handoff.js's to read.
      return { next: { ...state, frame }, arrived: 0 };
  }
}

function received(state: ChatState, incoming: ChatMessage[], live: boolean): FrameOutcome {
  const messages = mergeBySeq(state.messages, incoming);
  const clientIds = new Set(incoming.map((m) => m.clientId));
  const next: ChatState = {
    ...state,
    messages,
    // Stored although the ack was lost with the old socket.
    pending: state.pending.filter((p) => !clientIds.has(p.clientId)),
    streaming: state.streaming && clientIds.has(state.streaming.turnId) ? null : state.streaming,
    typing: state.typing && incoming.some((m) => m.role === state.typing?.role) ? null : state.typing,
  };
  const arrived = live && messages !== state.messages ? incoming.filter((m) => m.role !== "visitor").length : 0;
  const hole = contiguousSeq(messages);
  return live && hole < lastSeq(messages) ? { next, resumeAfter: hole, arrived } : { next, arrived };
}
