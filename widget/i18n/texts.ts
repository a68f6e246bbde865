import type { NoticeKey, NoticeRef } from "../../worker/protocol/index.ts";

/**
 * The widget speaks English by its own words: the English text is written
 * where it is used (`t("Talk to a person")`) and is the key a translation
 * gives it in another language (translations/, each built into
 * widget-i18n-<lang>.js and loaded on demand). English therefore costs the
 * app no catalogue. These unions, types only, keep every text and every
 * translation in step: a text not listed does not compile, nor does a
 * translation missing one. `{0}`, `{1}` are filled in by `fill()`.
 * System notices are keyed by the server's notice key (in English the
 * server's own text is shown).
 */

/** What the app (widget-app.js) says. */
export type UiText =
  | "Chat"
  | "Hi! How can we help you today?"
  | "Open chat"
  | "Open chat ({0} new)"
  | "Close chat"
  | "Connecting…"
  | "You're offline. Messages will be sent when you're back."
  | "The chat isn't available right now."
  | "Asking for a person…"
  | "Talk to a person"
  | "AI assistant · A person is one click away"
  | "Waiting for a teammate"
  | "Support team · Here to help"
  | "Resolved · Write again any time"
  | "A teammate will answer later"
  | "Message"
  | "Send message"
  | "Type your message…"
  | "Reply to {0}…"
  | "Teammate"
  | "Your teammate"
  | "Assistant"
  | "Sending…"
  | "Not sent: {0}"
  | "Sources"
  | "Source:"
  | "Conversation"
  | "{0} is typing…";

/** What the way to a person says: the offer, the wait, the email form (widget-handoff.js). */
export type HandoffText =
  | "Would you like a teammate to take it from here?"
  | "Connecting you with a teammate…"
  | "You're {0} in line"
  | "less than a minute"
  | "up to {0} minutes"
  | "about {0}–{1} minutes"
  | "A teammate will get back to you here. Leave your email to get the answer even if you close this page."
  | "We'll answer by email at {0}. You can close this page."
  | "Email me instead"
  | "Leave your email and a teammate will answer there, with this whole conversation in front of them."
  | "Your email"
  | "Your name (optional)"
  | "Please enter a valid email address."
  | "That didn't work. Please check the address and try again."
  | "Send"
  | "Cancel"
  | "How did we do?"
  | "Add a comment (optional)"
  | "Thanks for your feedback!"
  | "Was this answer helpful?"
  | "Yes"
  | "No";

export type Text = UiText | HandoffText;

/** A language other than English: every text of the widget, and the system notices. */
export interface Translation {
  words: Record<Text, string>;
  notices: Record<NoticeKey, string>;
}

/** What the widget reads words from: none for English (the texts are their own), a translation's otherwise. */
export type Words = Partial<Record<Text, string>>;

/** widget-i18n-<lang>.js: a language's words, and its way of saying a system notice (null: show the English text). */
export interface LanguagePack {
  words: Words;
  notice(notice: NoticeRef): string | null;
}
