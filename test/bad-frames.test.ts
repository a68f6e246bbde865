import { describe, expect, it } from "vitest";
import { MAX_FRAME_BYTES, MAX_TEXT_CHARS } from "../worker/protocol/index.ts";
import { agentSocket, claimedConversation, createAgent, createSite, queueSocket, visitorInNewConversation } from "./helpers/fixtures.ts";

describe("bad input on a socket", () => {
  it("answers each bad frame with a typed error, keeps the socket open and loses nothing", async () => {
    const siteId = await createSite();
    const { socket } = await visitorInNewConversation(siteId);
    socket.sendRaw("{not json");
    expect(await socket.take("error")).toMatchObject({ code: "bad_json" });
    socket.sendRaw(JSON.stringify({ type: "teleport" }));
    expect(await socket.take("error")).toMatchObject({ code: "invalid_frame" });
    // A type that cannot be turned into a string (found by test/fuzz): refused like any other, not left unanswered.
    socket.sendRaw('{"type":{"toString":1}}');
    expect(await socket.take("error")).toMatchObject({ code: "invalid_frame" });
    socket.sendRaw(JSON.stringify({ type: "message", clientId: "x" }));
    expect((await socket.take("error")).message).toMatch(/text/);
    socket.sendRaw(JSON.stringify({ type: "message", clientId: "x", text: "   " }));
    expect(await socket.take("error")).toMatchObject({ code: "invalid_frame", ref: "message" });
    socket.sendRaw(JSON.stringify({ type: "message", clientId: "x", text: "a".repeat(MAX_TEXT_CHARS + 1) }));
    expect(await socket.take("error")).toMatchObject({ code: "invalid_frame" });
    socket.sendRaw(JSON.stringify({ type: "message", clientId: "x", text: "é".repeat(MAX_FRAME_BYTES) }));
    expect(await socket.take("error")).toMatchObject({ code: "frame_too_large" });
    socket.sendRaw(new TextEncoder().encode("binary").buffer);
    expect(await socket.take("error")).toMatchObject({ code: "invalid_frame" });
    socket.send({ type: "resolve" });
    expect(await socket.take("error")).toMatchObject({ code: "forbidden", ref: "resolve" });
    socket.send({ type: "claim", conversationId: "abc" });
    expect(await socket.take("error")).toMatchObject({ code: "unsupported_frame" });

    // Still open, still working, and none of the bad frames was stored.
    socket.send({ type: "message", clientId: "ok", text: "Do you ship to Norway?" });
    expect(await socket.take("ack")).toMatchObject({ clientId: "ok", seq: 2 });
    expect(socket.closed).toBeNull();
    expect(socket.violations).toEqual([]);
  });

  it("on the queue socket: rejects frames other than claim with a typed error and stays open", async () => {
    const agent = await createAgent();
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    queue.sendRaw("[]");
    expect(await queue.take("error")).toMatchObject({ code: "invalid_frame" });
    queue.send({ type: "message", clientId: "a", text: "hello" });
    expect(await queue.take("error")).toMatchObject({ code: "unsupported_frame" });
    queue.send({ type: "claim", conversationId: "missing" });
    expect(await queue.take("error")).toMatchObject({ code: "not_found" });
    expect(queue.closed).toBeNull();
  });

  it("does not let an agent write to a conversation assigned to someone else", async () => {
    const siteId = await createSite();
    const [owner, other] = await Promise.all([createAgent("Owner"), createAgent("Other")]);
    const { visitor } = await claimedConversation(siteId, owner);
    const intruder = await agentSocket(other, visitor.conversationId);
    await intruder.take("history");
    intruder.send({ type: "message", clientId: "i1", text: "let me jump in" });
    expect(await intruder.take("error")).toMatchObject({ code: "forbidden", ref: "i1" });
    intruder.send({ type: "resolve" });
    expect(await intruder.take("error")).toMatchObject({ code: "forbidden" });
    await visitor.socket.settle();
    expect(visitor.socket.messages().some((m) => m.text === "let me jump in")).toBe(false);
  });
});
