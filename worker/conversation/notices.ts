import type { NoticeKey, NoticeRef } from "../protocol/index.ts";

/**
 * A system message: its English text, and its key and parameters so that
 * the widget can say it in the visitor's language (protocol/notice.ts).
 */
export interface Notice {
  text: string;
  notice: NoticeRef;
}

/** When a closed team opens again: the English words, and the moment for a translation to format. */
export interface Opening {
  text: string;
  at: number;
  timeZone: string;
}

function notice(key: NoticeKey, text: string, params: Record<string, string> = {}): Notice {
  return { text, notice: { key, params } };
}

/** What the system tells people in the chat; honest about what happens next. */
export const NOTICES = {
  connecting: notice(
    "connecting",
    "Connecting you with a teammate… They will see this whole conversation, so you won't need to repeat anything. You can keep writing here.",
  ),
  /** Said once per conversation, whatever refreshes the queue entry afterwards. */
  nobodyOnline: notice(
    "nobodyOnline",
    "Nobody from our team is online right now, so you won't wait in an empty queue. Leave your email with “Email me instead” and a teammate will answer there, with this whole conversation in front of them. You can also keep writing here.",
  ),
  closed: (back: Opening | null) =>
    back
      ? notice("closedUntil", closedText(` and back ${back.text}`), { at: String(back.at), timeZone: back.timeZone })
      : notice("closed", closedText("")),
  emailNoted: (email: string) =>
    notice(
      "emailNoted",
      `Thanks! A teammate will answer by email at ${email}. You can close this page: the answer and a link back to this conversation will be in your inbox.`,
      { email },
    ),
  troubleRetrying: notice(
    "troubleRetrying",
    "Sorry, I couldn't reach our systems just now. I'll try again in a moment — or use “Talk to a person”.",
  ),
  troubleGivingUp: notice("troubleGivingUp", "I still can't reach our systems. A teammate can help you: use “Talk to a person”."),
  joined: (name: string) => notice("joined", `${name} joined the conversation.`, { name }),
  resolved: (name: string) => notice("resolved", `${name} marked this conversation as resolved. Write again any time to continue.`, { name }),
  handedBack: (name: string) => notice("handedBack", `${name} handed the conversation back to the assistant.`, { name }),
  released: (name: string, why: "away" | "unanswered" | "deactivated") =>
    why === "unanswered"
      ? notice("releasedUnanswered", `${name} couldn't get back to you in time. ${KEEP_PLACE}`, { name })
      : notice("releasedGone", `${name} is no longer available. ${KEEP_PLACE}`, { name }),
  movedToTeam: (team: string) => notice("movedToTeam", `Moving you to our ${team} team. They will see this whole conversation.`, { team }),
  movedToAgent: (from: string, to: string) =>
    notice("movedToAgent", `${from} passed this conversation to ${to}, who can see everything so far.`, { from, to }),
  aiConversationLimit: notice(
    "aiConversationLimit",
    "I've answered as much as I usefully can in this conversation. A teammate can take it from here: use “Talk to a person”.",
  ),
  aiDailyLimit: notice("aiDailyLimit", "Our assistant has reached its limit for today. Use “Talk to a person” and a teammate will help you."),
} as const;

const KEEP_PLACE = "You keep your place in line: the next teammate will see this whole conversation.";

function closedText(back: string): string {
  return `Our team is away right now${back}. Leave your email with “Email me instead” and a teammate will answer there, with this whole conversation in front of them.`;
}
