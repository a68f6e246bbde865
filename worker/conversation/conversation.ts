import { z } from "zod";
import type { AgentRef, Briefing, ConversationState, EscalationDecision, PageInfo } from "../protocol/index.ts";

/**
 * A conversation as its Durable Object holds it (one row of its SQLite,
 * conversation-store.ts): the model the frame handlers, routing and the D1
 * copy work with.
 */

/** What the site or the visitor told us about the visitor. */
export const VisitorInfo = z.object({
  name: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  tier: z.string().max(100).optional(),
});
export type VisitorInfo = z.infer<typeof VisitorInfo>;

export interface ConversationInit {
  id: string;
  workspaceId: string;
  siteId: string;
  visitorId: string | null;
  visitor: VisitorInfo;
  page: PageInfo | null;
}

export interface Conversation extends ConversationInit {
  state: ConversationState;
  /** The team whose queue it waits in (or waited in last); "all" is everyone. */
  teamId: string;
  /** Where a follow-up's answers are emailed, when the visitor left an address. */
  visitorEmail: string | null;
  /** Notices said once per conversation ("nobody online"), by key. */
  said: string[];
  agent: AgentRef | null;
  triggerReason: string | null;
  createdAt: number;
  updatedAt: number;
  queuedAt: number | null;
  assignedAt: number | null;
  resolvedAt: number | null;
  /** Escalation decisions that were not "stay", oldest first. */
  decisions: EscalationDecision[];
  briefing: Briefing | null;
  version: number;
}

export type ConversationPatch = Partial<
  Pick<
    Conversation,
    "state" | "agent" | "triggerReason" | "page" | "queuedAt" | "assignedAt" | "resolvedAt" | "decisions" | "briefing" | "teamId" | "visitorEmail" | "said" | "visitor"
  >
>;
