import { describe, expect, it } from "vitest";
import { createAgent, createSite, createWorkspace, queueSocket, visitorInNewConversation, visitorSocket } from "../helpers/fixtures.ts";

/**
 * System notices carry their key and parameters beside the English text,
 * so the widget can say them in the visitor's language; other clients keep
 * reading `text`. They survive the Durable Object's storage (a reconnect's
 * history has them too).
 */
describe("system notices name themselves", () => {
  it("connecting and joined carry their key and the agent's name, live and replayed", async () => {
    const workspaceId = await createWorkspace("Notices");
    const siteId = await createSite({}, undefined, workspaceId);
    const agent = await createAgent("Dana", { workspaceId, role: "agent" });
    const feed = await queueSocket(agent);
    await feed.take("queue_snapshot");
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    const connecting = await visitor.socket.message((m) => m.role === "system" && m.text.startsWith("Connecting you"));
    expect(connecting.notice).toEqual({ key: "connecting", params: {} });
    await feed.take("queue_update", (f) => f.entry.conversationId === visitor.conversationId);
    feed.send({ type: "claim", conversationId: visitor.conversationId });
    await feed.take("claimed");
    const joined = await visitor.socket.message((m) => m.role === "system" && m.text === "Dana joined the conversation.");
    expect(joined.notice).toEqual({ key: "joined", params: { name: "Dana" } });

    const again = await visitorSocket(visitor.conversationId, visitor.token);
    const history = (await again.take("history")).messages;
    expect(history.find((m) => m.seq === joined.seq)?.notice).toEqual({ key: "joined", params: { name: "Dana" } });
    // Only system notices have one.
    expect(history.filter((m) => m.role !== "system").every((m) => m.notice === undefined)).toBe(true);
  });

  it("after hours the opening travels as a moment and a time zone, and an email left is named", async () => {
    // Open Mondays 9 to 5, and never today (a holiday), whatever day the test runs.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Madrid" }).format(Date.now());
    const hours = { timeZone: "Europe/Madrid", weekly: { mon: [{ from: "09:00", to: "17:00" }] }, holidays: [today] };
    const workspaceId = await createWorkspace("Closed notices");
    const siteId = await createSite({ routing: { hours } }, undefined, workspaceId);
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "request_human" });
    const closed = await visitor.socket.message((m) => m.role === "system" && m.text.startsWith("Our team is away right now"));
    expect(closed.notice?.key).toBe("closedUntil");
    expect(closed.notice?.params.timeZone).toBe("Europe/Madrid");
    const at = Number(closed.notice?.params.at);
    expect(at).toBeGreaterThan(Date.now());
    expect(new Intl.DateTimeFormat("en", { timeZone: "Europe/Madrid", weekday: "short", hour: "2-digit", hourCycle: "h23" }).format(at)).toMatch(/^Mon,? 09$/);

    visitor.socket.send({ type: "email_me", email: "ana@example.test", name: "Ana" });
    const noted = await visitor.socket.message((m) => m.role === "system" && m.text.startsWith("Thanks!"));
    expect(noted.notice).toEqual({ key: "emailNoted", params: { email: "ana@example.test" } });
  });
});
