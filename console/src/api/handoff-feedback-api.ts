import { z } from "zod";
import { apiRequest } from "./http.ts";
import { apiPath } from "./workspace-path.ts";

export const HandoffVerdict = z.enum(["not_needed", "too_late"]);
export type HandoffVerdict = z.infer<typeof HandoffVerdict>;

const Answer = z.object({ feedback: z.object({ verdict: HandoffVerdict, agentId: z.string() }).nullable() });

/** The agent's verdict on a handoff (worker/http/conversation-routes.ts): once per conversation. */
export const handoffFeedbackApi = {
  async get(id: string): Promise<HandoffVerdict | null> {
    return (await apiRequest("GET", apiPath(`/conversations/${encodeURIComponent(id)}/handoff-feedback`), Answer)).feedback?.verdict ?? null;
  },

  /** 409 when it was already given (by anyone) or the conversation was never handed off. */
  async give(id: string, verdict: HandoffVerdict): Promise<HandoffVerdict> {
    const path = apiPath(`/conversations/${encodeURIComponent(id)}/handoff-feedback`);
    return (await apiRequest("POST", path, Answer, { body: { verdict } })).feedback?.verdict ?? verdict;
  },
};
