import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { agentSocket, createAgent, createSite, queueSocket, visitorInNewConversation } from "../helpers/fixtures.ts";
import { waitUntil } from "../helpers/wait.ts";

type EventRow = { n: number; kind: string; agent_id: string | null; at: number; sentiment: number | null };

async function eventsOf(conversationId: string): Promise<EventRow[]> {
  const { results } = await env.DB.prepare("SELECT n, kind, agent_id, at, sentiment FROM conversation_events WHERE conversation_id = ? ORDER BY n")
    .bind(conversationId)
    .all<EventRow>();
  return results;
}

describe("conversation events reach D1 with the transcript", () => {
  it("handoff, claim, the first human reply (once), resolve and reopen, in order", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Evi");
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const { socket: v, conversationId } = await visitorInNewConversation(siteId);
    v.send({ type: "message", clientId: "h", text: "I want to talk to a person please, this is useless" });
    await v.take("state", (f) => f.state === "queued");
    await queue.take("queue_update", (f) => f.entry.conversationId === conversationId);
    queue.send({ type: "claim", conversationId });
    await queue.take("claimed");
    const a = await agentSocket(agent, conversationId);
    await a.take("history");
    a.send({ type: "message", clientId: "a1", text: "Hi, Evi here" });
    a.send({ type: "message", clientId: "a2", text: "Let me look" });
    await v.message((m) => m.text === "Let me look");
    a.send({ type: "resolve" });
    await v.take("state", (f) => f.state === "resolved");
    v.send({ type: "message", clientId: "again", text: "one more thing" });
    await v.take("state", (f) => f.state === "bot");

    const events = await waitUntil(async () => {
      const rows = await eventsOf(conversationId);
      return rows.some((r) => r.kind === "reopen") ? rows : null;
    });
    expect(events.map((e) => e.kind)).toEqual(["handoff", "claim", "first_reply", "resolve", "reopen"]);
    expect(events.map((e) => e.n)).toEqual([1, 2, 3, 4, 5]);
    expect(events[1]?.agent_id).toBe(agent.id);
    // Times never go backwards, and the handoff carries the visitor's mood at that moment.
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort((x, y) => x - y));
    expect(events[0]?.sentiment).not.toBeNull();
  });
});
