import type { ChatState } from "../chat/chat-state.ts";
import { PersonIcon } from "./icons.tsx";

/**
 * The way to a person, always in reach while the AI answers: a button in the
 * bot (and resolved) state — prominent when the assistant offers a person —
 * a progress note while queued, nothing once a teammate is in the conversation.
 */
export function HandoffBar({ chat, onRequest }: { chat: ChatState; onRequest: () => void }) {
  if (chat.state === "assigned") return null;
  if (chat.state === "queued") {
    return (
      <p class="handoff note-live" role="status" data-testid="baton-handoff-note">
        <span class="pulse" aria-hidden="true" />
        Connecting you with a teammate…
      </p>
    );
  }
  return (
    <div class={chat.humanOffered ? "handoff offer" : "handoff"}>
      {chat.humanOffered && <p data-testid="baton-offer">Would you like a teammate to take it from here?</p>}
      <button
        type="button"
        class="chip"
        onClick={onRequest}
        disabled={chat.humanRequested || chat.connection === "unavailable"}
        data-testid="baton-talk-to-person"
      >
        <PersonIcon />
        {chat.humanRequested ? "Asking for a person…" : "Talk to a person"}
      </button>
    </div>
  );
}
