import { RESUME_FRAGMENT } from "../../worker/protocol/resume.ts";
import { resumeConversation } from "../chat/http-api.ts";

/**
 * An emailed link back to a conversation: the page's `#baton-resume=<token>`
 * (the app has already taken it out of the address bar) traded for that
 * conversation and a visitor token; null when the link is not valid any more.
 */
export function resumeFromLink(apiBase: string, hash: string): Promise<{ conversationId: string; token: string } | null> {
  const token = new URLSearchParams(hash.slice(1)).get(RESUME_FRAGMENT);
  return token ? resumeConversation(apiBase, token) : Promise.resolve(null);
}
