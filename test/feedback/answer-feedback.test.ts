import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { claimedConversation, createAgent, createSite, visitorInNewConversation } from "../helpers/fixtures.ts";

function marks(conversationId: string): Promise<{ seq: number; helpful: number; site_id: string }[]> {
  return env.DB.prepare("SELECT seq, helpful, site_id FROM answer_feedback WHERE conversation_id = ? ORDER BY seq")
    .bind(conversationId)
    .all<{ seq: number; helpful: number; site_id: string }>()
    .then((r) => r.results);
}

describe("helpful / not helpful on AI answers", () => {
  it("is stored per AI answer, once each", async () => {
    const siteId = await createSite();
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "message", clientId: "q1", text: "Do you ship abroad?" });
    const first = await visitor.socket.message((m) => m.role === "ai" && m.seq > 2);
    visitor.socket.send({ type: "message", clientId: "q2", text: "And how long does it take?" });
    const second = await visitor.socket.message((m) => m.role === "ai" && m.seq > first.seq);

    visitor.socket.send({ type: "answer_feedback", seq: first.seq, helpful: true });
    expect(await visitor.socket.take("feedback_saved")).toMatchObject({ kind: "answer", seq: first.seq });
    visitor.socket.send({ type: "answer_feedback", seq: second.seq, helpful: false });
    expect(await visitor.socket.take("feedback_saved")).toMatchObject({ kind: "answer", seq: second.seq });
    visitor.socket.send({ type: "answer_feedback", seq: first.seq, helpful: false });
    expect(await visitor.socket.take("error")).toMatchObject({ code: "already_rated", ref: "answer_feedback" });

    expect(await marks(visitor.conversationId)).toEqual([
      { seq: first.seq, helpful: 1, site_id: siteId },
      { seq: second.seq, helpful: 0, site_id: siteId },
    ]);
  });

  it("is refused for what is not an AI answer (the greeting, the visitor's or an agent's message, a seq that does not exist)", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const { visitor, agentView } = await claimedConversation(siteId, agent);
    agentView.send({ type: "message", clientId: "a1", text: "Hello, Dana here." });
    const agentSeq = (await agentView.take("ack")).seq;
    const visitorSeq = visitor.socket.messages().find((m) => m.role === "visitor")?.seq ?? 2;
    for (const seq of [1, visitorSeq, agentSeq, 999]) {
      visitor.socket.send({ type: "answer_feedback", seq, helpful: true });
      expect(await visitor.socket.take("error")).toMatchObject({ code: "invalid_frame", ref: "answer_feedback" });
    }
    for (const bad of [{ type: "answer_feedback", seq: 0, helpful: true }, { type: "answer_feedback", seq: 3, helpful: "yes" }, { type: "answer_feedback", seq: 3 }]) {
      visitor.socket.sendRaw(JSON.stringify(bad));
      expect(await visitor.socket.take("error")).toMatchObject({ code: "invalid_frame" });
    }
    expect(visitor.socket.closed).toBeNull();
    expect(await marks(visitor.conversationId)).toEqual([]);
  });
});
