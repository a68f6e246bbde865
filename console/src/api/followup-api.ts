import { z } from "zod";
import { historyApi, type PastConversation } from "./history-api.ts";
import { apiRequest } from "./http.ts";
import { apiPath } from "./workspace-path.ts";

const Ok = z.object({ ok: z.boolean() });

/** Follow-up tickets (worker/http/conversation-routes.ts): conversations nobody could take live, and taking one. */
export const followupApi = {
  list(): Promise<PastConversation[]> {
    return historyApi.list({ state: "followup", before: null });
  },

  /** The server assigns it to this agent (409 over capacity, or when someone else took it first). */
  async take(id: string): Promise<void> {
    await apiRequest("POST", apiPath(`/conversations/${encodeURIComponent(id)}/take`), Ok);
  },
};
