/**
 * Reopening a conversation from an emailed link: the link is the visitor's
 * page with `#baton-resume=<token>` (worker/email/resume-link.ts makes it).
 * The widget trades the token with `POST /api/conversations/resume {token}`
 * for a `ResumedConversation` and then connects as usual. A fragment never
 * reaches a server, so the token stays out of access logs and Referer headers.
 */
export const RESUME_FRAGMENT = "baton-resume";

export const RESUME_PATH = "/api/conversations/resume";

/** The answer to a valid resume token: the conversation and a visitor token to open it with. */
export interface ResumedConversation {
  conversationId: string;
  token: string;
  tokenExpiresAt: number;
}
