import type { ConversationClient } from "../conversation/conversation-client.ts";

export type Tone = "ok" | "warn" | "muted" | "accent" | "ai";

/** A conversation's state as this agent should read it. */
export function stateLabel(client: ConversationClient, myId: string): { text: string; tone: Tone } {
  switch (client.state) {
    case null:
      return { text: "Loading…", tone: "muted" };
    case "assigned":
      return client.agent?.id === myId
        ? { text: "With you", tone: "ok" }
        : { text: `With ${client.agent?.name ?? "another agent"}`, tone: "muted" };
    case "queued":
      return { text: "Waiting for an agent", tone: "warn" };
    case "bot":
      return { text: "With the AI assistant", tone: "ai" };
    case "resolved":
      return { text: "Resolved", tone: "muted" };
    case "followup":
      return { text: "Follow-up", tone: "warn" };
  }
}

/** Finished from this agent's point of view: nothing left to do but close it. */
export function isFinished(client: ConversationClient, myId: string): boolean {
  if (client.state === "resolved") return true;
  if (client.state === "bot") return true;
  return client.state === "assigned" && client.agent?.id !== myId;
}
