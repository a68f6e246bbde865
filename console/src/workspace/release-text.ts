import type { ReleaseWhy } from "../queue/queue-feed.ts";

/** Why a conversation was taken from this agent, as they should read it; `who` is the visitor. */
export function releasedText(why: ReleaseWhy, who: string): string {
  switch (why) {
    case "away":
      return `Your console was closed too long, so ${who} went back to the queue for a teammate.`;
    case "unanswered":
      return `${capital(who)}'s message went unanswered past the site's deadline, so the conversation went back to the queue for a teammate.`;
    case "deactivated":
      return `Your access to this workspace was removed: ${who} went back to the queue.`;
  }
}

/** The conversation left this agent without a `released` frame to say why (the state changed on its own socket). */
export function leftText(who: string, nowWith: string | null): string {
  return nowWith ? `${who} is now with ${nowWith}.` : `${who} went back to the queue.`;
}

/** "the visitor" starts a sentence as "The visitor". */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
