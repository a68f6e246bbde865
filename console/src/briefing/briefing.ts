import type { PageInfo } from "../../../worker/protocol/index.ts";
import type { ConversationClient } from "../conversation/conversation-client.ts";

/** One reason the conversation was handed off, with what the visitor said or did that shows it. */
export interface BriefingTrigger {
  label: string;
  evidence: string;
}

/**
 * What the agent reads before answering. Today it is built from the queue
 * entry (reason, first question, page). The briefing feature will push a
 * structured one from the server and fill the optional fields; the panel
 * already renders each of them when present.
 */
export interface Briefing {
  reason: string | null;
  firstQuestion: string | null;
  page: PageInfo | null;
  visitorName: string | null;
  queuedAt: number | null;
  summary?: string;
  visitorWants?: string;
  aiTried?: string[];
  triggers?: BriefingTrigger[];
  /** e.g. "calm → frustrated"; shown as given. */
  sentimentTrend?: string;
  suggestedOpening?: string;
}

export function briefingFor(client: ConversationClient): Briefing {
  const entry = client.entry;
  const firstVisitorMessage = client.messages.all().find((m) => m.role === "visitor");
  return {
    reason: client.reasonText,
    firstQuestion: entry?.firstQuestion || firstVisitorMessage?.text || null,
    page: entry?.page ?? null,
    visitorName: entry?.visitorName ?? null,
    queuedAt: entry?.queuedAt ?? null,
  };
}
