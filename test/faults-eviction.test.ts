import { describe, expect, it } from "vitest";
import { addArticle, createSite, fakeModel, visitorInNewConversation, visitorSocket } from "./helpers/fixtures.ts";

describe("reconnects mid-stream lose nothing", () => {
  it("a visitor reconnecting mid-stream with after=N gets exactly the messages after N, then the answer once", async () => {
    const model = fakeModel("slow");
    const siteId = await createSite({ ai: { provider: "workers-ai", model } });
    await addArticle(siteId, { title: "Delivery", body: "Parcels arrive in 2 to 4 working days." });
    const { conversationId, token, socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "message", clientId: "q", text: "How long does delivery take?" });
    const ack = await socket.take("ack");
    await socket.take("ai_delta");
    const resumed = await visitorSocket(conversationId, token, ack.seq - 1);
    const history = await resumed.take("history");
    expect(history.messages.map((m) => m.seq)).toEqual([ack.seq]);
    const answer = await resumed.message((m) => m.role === "ai" && m.seq > ack.seq, 5000);
    await resumed.settle(300);
    expect(resumed.messages().filter((m) => m.seq === answer.seq)).toHaveLength(1);
  });
});
