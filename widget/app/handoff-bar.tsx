import type { ChatState } from "../chat/chat-state.ts";
import { lang, t, words } from "../i18n/words.ts";
import { handoff } from "./handoff-chunk.ts";
import { PersonIcon } from "./icons.tsx";

interface HandoffBarProps {
  chat: ChatState;
  onRequest: () => void;
  /** "Email me instead" sent: false when it could not be sent now. */
  onEmailMe: (email: string, name: string) => boolean;
}

/**
 * The way to a person, always in reach while the AI answers: a button in the
 * bot (and resolved) state — prominent, under the assistant's question, when
 * it offers a person — where the visitor stands while queued or waiting for
 * a follow-up, nothing once a teammate is in the conversation. The offer's
 * question and the wait come with widget-handoff.js (main.tsx loads it when
 * either is due); until it is here, the button stands plain.
 */
export function HandoffBar({ chat, onRequest, onEmailMe }: HandoffBarProps) {
  if (chat.state === "assigned") return null;
  if (chat.state === "queued" || chat.state === "followup") {
    return handoff && <handoff.WaitBar chat={chat} words={words} lang={lang} onEmailMe={onEmailMe} />;
  }
  const Offer = chat.humanOffered && handoff?.OfferNote;
  return (
    <div class={Offer ? "handoff offer" : "handoff"}>
      {Offer && <Offer words={words} />}
      <button
        type="button"
        class="chip"
        onClick={onRequest}
        disabled={chat.humanRequested || chat.connection === "unavailable"}
        data-testid="baton-talk-to-person"
      >
        <PersonIcon />
        {t(chat.humanRequested ? "Asking for a person…" : "Talk to a person")}
      </button>
    </div>
  );
}
