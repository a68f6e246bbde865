import type { Briefing, PageInfo } from "../../../worker/protocol/index.ts";
import type { ConversationClient } from "../conversation/conversation-client.ts";

/** What the queue entry already says: shown until the server's briefing arrives (and as its fallback). */
export interface QueueFacts {
  reason: string | null;
  firstQuestion: string | null;
  page: PageInfo | null;
  visitorName: string | null;
  queuedAt: number | null;
}

/** The panel's input: the server's briefing when there is one, the queue's facts always. */
export interface BriefingView {
  full: Briefing | null;
  facts: QueueFacts;
}

export function briefingFor(client: ConversationClient): BriefingView {
  const entry = client.entry;
  const firstVisitorMessage = client.messages.all().find((m) => m.role === "visitor");
  return {
    full: client.briefing,
    facts: {
      reason: client.briefing?.reason ?? client.reasonText,
      firstQuestion: entry?.firstQuestion || firstVisitorMessage?.text || null,
      page: client.briefing?.page ?? entry?.page ?? null,
      visitorName: entry?.visitorName ?? null,
      queuedAt: entry?.queuedAt ?? null,
    },
  };
}

/** Signal names as people say them: "explicit_request" → "Explicit request". */
export function signalLabel(name: string): string {
  const known: Record<string, string> = {
    explicit_request: "Asked for a person",
    frustration: "Frustration",
    critical_low_confidence: "Low AI confidence",
    forced_topic: "Topic for a person",
    going_in_circles: "Going in circles",
  };
  if (known[name]) return known[name];
  const words = name.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Previous conversation states as the agent reads them. */
export function outcomeLabel(state: string): { text: string; tone: "ok" | "warn" | "muted" | "ai" } {
  switch (state) {
    case "resolved":
      return { text: "Resolved", tone: "ok" };
    case "queued":
      return { text: "Waiting", tone: "warn" };
    case "assigned":
      return { text: "With an agent", tone: "warn" };
    case "bot":
      return { text: "AI only", tone: "ai" };
    default:
      return { text: state, tone: "muted" };
  }
}
