/**
 * The chat panel. Stable hooks for tests (`data-testid`), all inside the
 * widget's open shadow root (`document.querySelector("baton-widget").shadowRoot`;
 * Playwright's CSS locators pierce it):
 *
 *   baton-launcher        the round launcher button (loader)
 *   baton-unread          unread badge on the launcher (the app adds it; `hidden` at 0)
 *   baton-panel           the panel (role="dialog"); `hidden` when closed
 *   baton-title           header title: site name, or the agent's name once assigned
 *   baton-status          header status line (assistant / waiting for a teammate / team / resolved)
 *   baton-close           close button in the header
 *   baton-log             the message list (role="log", aria-live="polite")
 *   baton-message         one message; data-role = visitor | ai | agent | system,
 *                         data-status = stored | sending | failed | streaming, data-seq
 *   baton-citation        "Source: <title>" under an AI answer
 *   baton-typing          "Sam is typing…" / "Assistant is typing…"
 *   baton-connection      connection banner (connecting / offline / unavailable)
 *   baton-talk-to-person  the "Talk to a person" button (bot and resolved states)
 *   baton-offer           the assistant's offer of a person (`offer_human`), above that button
 *   baton-handoff-note    where the visitor stands: place in line and estimate (queued), a teammate
 *                         answers later / by email at <data-email> (followup)
 *   baton-email-me        "Email me instead" (queued, and followup until an address is left)
 *   baton-email-form      its form: baton-email-input, baton-email-name, baton-email-submit,
 *                         baton-email-error (the wait bar and form come with widget-handoff.js)
 *   baton-input           the message textarea
 *   baton-send            the send button
 */
import type { ChatSession } from "../chat/chat-session.ts";
import type { ChatState } from "../chat/chat-state.ts";
import type { WidgetOptions } from "../shared/contract.ts";
import { Composer } from "./composer.tsx";
import { ConnectionBanner } from "./connection-banner.tsx";
import { HandoffBar } from "./handoff-bar.tsx";
import { Header } from "./header.tsx";
import { MessageLog } from "./message-log.tsx";
import { t, words } from "../i18n/words.ts";
import { handoff } from "./handoff-chunk.ts";
import { buildRows, typingLabel } from "./rows.ts";

export interface RootProps {
  chat: ChatState;
  session: ChatSession;
  options: WidgetOptions;
  open: boolean;
  onClose: () => void;
  focusInput: () => void;
}

/** The panel, drawn from the chat state on every change (main.tsx re-renders it). */
export function Root({ chat, session, options, open, onClose, focusInput }: RootProps) {
  const title = options.title ?? t("Chat");
  return (
    <section class="panel" role="dialog" aria-labelledby="baton-title" hidden={!open} data-testid="baton-panel">
      <Header chat={chat} title={title} titleId="baton-title" onClose={onClose} />
      <MessageLog
        rows={buildRows(chat, options.greeting)}
        typing={typingLabel(chat)}
        open={open}
      />
      <ConnectionBanner status={chat.connection} />
      <footer class="foot">
        {handoff && <handoff.RatingCard chat={chat} words={words} session={session} />}
        <HandoffBar
          chat={chat}
          onRequest={() => {
            session.requestHuman();
            focusInput(); // the button is replaced by a note once queued: keep focus in the panel
          }}
          onEmailMe={session.emailMe}
        />
        <Composer
          disabled={chat.connection === "unavailable"}
          placeholder={chat.state === "assigned" && chat.agent ? t("Reply to {0}…", chat.agent.name) : t("Type your message…")}
          onSend={(text) => session.send(text)}
          onKeystroke={() => session.keystroke()}
        />
      </footer>
    </section>
  );
}
