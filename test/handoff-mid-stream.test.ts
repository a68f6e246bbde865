import { describe, expect, it } from "vitest";
import { addArticle, createAgent, createSite, fakeAiCalls, fakeModel, queueSocket, visitorInNewConversation, visitorSocket } from "./helpers/fixtures.ts";

/** Longer than the slow model's whole answer and than the tests' 400 ms AI_TIMEOUT_MS: whatever the turn would still do, it has done. */
const PAST_THE_TURN_MS = 700;

describe("the AI is silent once a person is asked for", () => {
  it("even in the middle of an answer: nothing more of it is streamed, stored or delivered", async () => {
    // "slow": the fake streams its words 15 ms apart, so the visitor's request lands while the answer is still coming.
    const model = fakeModel("slow");
    const siteId = await createSite({ ai: { provider: "workers-ai", model } });
    await addArticle(siteId, {
      title: "Returns and refunds",
      body: "You can return unworn items within 30 days for a full refund, and refunds reach your card within 5 business days.",
    });
    const agent = await createAgent();
    const queue = await queueSocket(agent);
    await queue.take("queue_snapshot");
    const { conversationId, token, socket } = await visitorInNewConversation(siteId);

    socket.send({ type: "message", clientId: "q", text: "Can I return boots I haven't worn for a refund?" });
    await socket.take("ai_delta");
    socket.send({ type: "request_human" });
    await socket.take("state", (f) => f.state === "queued");
    await new Promise((resolve) => setTimeout(resolve, PAST_THE_TURN_MS));
    await socket.settle();

    // The turn had begun: the model was asked for a stream, and its first words arrived before the request.
    const [call] = await fakeAiCalls(model);
    expect(call?.inputs).toMatchObject({ stream: true });
    const queuedAt = socket.frames.findIndex((f) => f.type === "state" && f.state === "queued");
    const afterwards = socket.frames.slice(queuedAt + 1);
    expect(afterwards.filter((f) => f.type === "ai_delta")).toEqual([]);
    expect(afterwards.some((f) => f.type === "typing" && f.role === "ai" && f.on)).toBe(false);
    // Nothing of the answer was delivered ...
    expect(socket.messages().filter((m) => m.role === "ai").map((m) => m.seq)).toEqual([1]);
    // ... nor stored: the conversation's own log, as a reconnecting visitor gets it, has the greeting as its only AI message.
    const again = await visitorSocket(conversationId, token);
    const history = await again.take("history");
    expect(history.messages.filter((m) => m.role === "ai").map((m) => m.seq)).toEqual([1]);
    expect(history.messages.map((m) => m.role)).toEqual(["ai", "visitor", "system"]);
  });
});
