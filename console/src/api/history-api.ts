import { z } from "zod";
import { ChatMessage, ConversationState } from "../../../worker/protocol/index.ts";
import { apiRequest } from "./http.ts";
import { apiPath } from "./workspace-path.ts";

/** A conversation as D1 keeps it (worker/transcripts/transcript-repo.ts). */
export const PastConversation = z.object({
  id: z.string(),
  siteId: z.string(),
  visitor: z.record(z.string(), z.string()),
  state: ConversationState,
  agent: z.object({ id: z.string(), name: z.string() }).nullable(),
  triggerReason: z.string().nullable(),
  page: z.object({ url: z.string().nullable(), title: z.string().nullable(), referrer: z.string().nullable() }),
  createdAt: z.number(),
  updatedAt: z.number(),
  queuedAt: z.number().nullable(),
  assignedAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  firstQuestion: z.string().nullable().optional(),
});
export type PastConversation = z.infer<typeof PastConversation>;

const ListAnswer = z.object({ conversations: z.array(PastConversation) });
const TranscriptAnswer = z.object({ conversation: PastConversation, messages: z.array(ChatMessage) });
export type PastTranscript = z.infer<typeof TranscriptAnswer>;

export const HISTORY_PAGE = 50;

/** Past and current conversations, newest activity first, from D1. */
export const historyApi = {
  list(filter: { state: ConversationState | null; before: number | null }): Promise<PastConversation[]> {
    const query = new URLSearchParams({ limit: String(HISTORY_PAGE) });
    if (filter.state) query.set("state", filter.state);
    if (filter.before !== null) query.set("before", String(filter.before));
    return apiRequest("GET", apiPath(`/conversations?${query}`), ListAnswer).then((a) => a.conversations);
  },

  transcript(id: string): Promise<PastTranscript> {
    return apiRequest("GET", apiPath(`/conversations/${encodeURIComponent(id)}/transcript`), TranscriptAnswer);
  },
};
