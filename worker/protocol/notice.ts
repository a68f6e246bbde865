import { z } from "zod";

/**
 * The system notices the server says, by key. A client that knows a key says
 * the notice in the visitor's language (the widget's catalogues); any other
 * client shows the message's English `text`. Adding a key breaks no client,
 * so the wire field takes any short key, not only these.
 */
export type NoticeKey =
  | "connecting"
  | "nobodyOnline"
  | "closed"
  /** params: at (epoch ms of the opening), timeZone (the site's, IANA). */
  | "closedUntil"
  /** params: email. */
  | "emailNoted"
  | "troubleRetrying"
  | "troubleGivingUp"
  /** params: name (the agent's). */
  | "joined"
  | "resolved"
  | "handedBack"
  | "releasedUnanswered"
  | "releasedGone"
  /** params: team (its name as the workspace wrote it). */
  | "movedToTeam"
  /** params: from, to (agents' names). */
  | "movedToAgent"
  | "aiConversationLimit"
  | "aiDailyLimit";

/** On a system message: which notice it is and what fills it in (`{name}` in a translation takes `params.name`). */
export const NoticeRef = z.object({
  key: z.string().min(1).max(40),
  params: z.record(z.string(), z.string().max(500)).default({}),
});
export type NoticeRef = z.infer<typeof NoticeRef>;
