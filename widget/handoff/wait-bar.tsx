import { Component } from "preact";
import type { ChatMessage } from "../../worker/protocol/index.ts";
import type { ChatState } from "../chat/chat-state.ts";
import { say, waitLine } from "../i18n/format.ts";
import type { Language } from "../i18n/language.ts";
import type { Words } from "../i18n/texts.ts";
import { EmailForm } from "./email-form.tsx";
import waitCss from "./wait.css";

export interface WaitBarProps {
  chat: ChatState;
  /** The app's words and language (this file is a bundle of its own: it cannot read the app's module). */
  words: Words;
  lang: Language;
  /** Sends "Email me instead"; false when it cannot be sent now. */
  onEmailMe(email: string, name: string): boolean;
}

/**
 * Where the visitor stands once they asked for a person, said honestly:
 * queued, their place in line and the estimate as the queue last pushed
 * them ("You're 3rd in line — about 4–6 minutes"); a follow-up, that a
 * teammate answers later, by email once an address is left. Until the team
 * confirms an address (its notice), "Email me instead" opens the form.
 */
interface WaitBarState {
  form: boolean;
  /** The address went out (true), could not (false), or not yet tried (null). */
  sent: boolean | null;
}

export class WaitBar extends Component<WaitBarProps, WaitBarState> {
  override state: WaitBarState = { form: false, sent: null };

  override render({ chat, words, lang, onEmailMe }: WaitBarProps, { form, sent }: WaitBarState) {
    const email = emailLeft(chat.messages);
    const queued = chat.state === "queued";
    const text = queued
      ? chat.queue
        ? waitLine(words, lang, chat.queue.position, chat.queue.estimate)
        : say(words, "Connecting you with a teammate…")
      : email
        ? say(words, "We'll answer by email at {0}. You can close this page.", [email])
        : say(words, "A teammate will get back to you here. Leave your email to get the answer even if you close this page.");
    return (
      <>
        <style>{waitCss}</style>
        <div class="handoff wait">
          <p class="note-live" role="status" data-testid="baton-handoff-note" data-email={email ?? undefined}>
            {queued && <span class="pulse" aria-hidden="true" />}
            {text}
          </p>
          {!email && !form && (
            <button type="button" class="chip" onClick={() => this.setState({ form: true, sent: null })} data-testid="baton-email-me">
              {say(words, "Email me instead")}
            </button>
          )}
        </div>
        {!email && form && (
          <EmailForm
            words={words}
            busy={sent === true && !chat.emailRefused}
            refused={sent === false || chat.emailRefused}
            onSubmit={(address, name) => this.setState({ sent: onEmailMe(address, name) })}
            onCancel={() => this.setState({ form: false })}
          />
        )}
      </>
    );
  }
}

/** The address the team confirmed it will answer at (the last "emailNoted" notice), if any. */
function emailLeft(messages: ChatMessage[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const notice = messages[i]?.notice;
    if (notice?.key === "emailNoted") return notice.params.email ?? null;
  }
  return null;
}
