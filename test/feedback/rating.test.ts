import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { claimedConversation, createAgent, createSite, visitorInNewConversation, visitorSocket } from "../helpers/fixtures.ts";

type RatingRow = { score: number; comment: string | null; path: string; agent_id: string | null; workspace_id: string; site_id: string };

function ratingOf(conversationId: string): Promise<RatingRow | null> {
  return env.DB.prepare("SELECT score, comment, path, agent_id, workspace_id, site_id FROM conversation_ratings WHERE conversation_id = ?")
    .bind(conversationId)
    .first<RatingRow>();
}

describe("the satisfaction rating", () => {
  it("is asked after a person resolves, stored with path 'human' and the agent who last replied", async () => {
    const siteId = await createSite();
    const first = await createAgent("Dana");
    const { visitor, agentView } = await claimedConversation(siteId, first);
    agentView.send({ type: "message", clientId: "r1", text: "Your parcel left this morning." });
    await agentView.take("ack");
    expect(visitor.socket.frames.some((f) => f.type === "rating_request")).toBe(false);
    agentView.send({ type: "resolve" });
    expect(await visitor.socket.take("rating_request")).toMatchObject({ path: "human" });

    visitor.socket.send({ type: "rate", score: 4, comment: "  quick and kind  " });
    expect(await visitor.socket.take("feedback_saved")).toMatchObject({ kind: "rating" });
    expect(await ratingOf(visitor.conversationId)).toMatchObject({ score: 4, comment: "quick and kind", path: "human", agent_id: first.id, site_id: siteId });
    expect(visitor.socket.violations).toEqual([]);
  });

  it("is never asked twice: not after a reload once rated, and a second rating is refused with a typed error", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const { visitor, agentView } = await claimedConversation(siteId, agent);
    agentView.send({ type: "resolve" });
    await visitor.socket.take("rating_request");

    // A reload before rating: the ask is still there.
    const reloaded = await visitorSocket(visitor.conversationId, visitor.token);
    await reloaded.take("history");
    expect(await reloaded.take("rating_request")).toMatchObject({ path: "human" });

    reloaded.send({ type: "rate", score: 5 });
    await reloaded.take("feedback_saved");
    visitor.socket.send({ type: "rate", score: 1 });
    expect(await visitor.socket.take("error")).toMatchObject({ code: "already_rated", ref: "rate" });
    expect(await ratingOf(visitor.conversationId)).toMatchObject({ score: 5, comment: null });

    // A reload after rating: no ask; the socket still works.
    const again = await visitorSocket(visitor.conversationId, visitor.token);
    await again.take("history");
    again.send({ type: "typing", on: true });
    await again.settle(300);
    expect(again.frames.filter((f) => f.type === "rating_request")).toEqual([]);
  });

  it("at the end of an AI-only conversation, asks only where the site setting is on", async () => {
    for (const afterAi of [false, true]) {
      const siteId = await createSite({ satisfaction: { afterAi } });
      const visitor = await visitorInNewConversation(siteId);
      visitor.socket.send({ type: "message", clientId: "q", text: "What are your opening hours?" });
      await visitor.socket.message((m) => m.role === "ai" && m.seq > 2);
      await visitor.socket.settle(300);
      const asks = visitor.socket.frames.filter((f) => f.type === "rating_request");
      if (!afterAi) {
        expect(asks).toEqual([]);
        // Nothing asked, nothing to rate.
        visitor.socket.send({ type: "rate", score: 3 });
        expect(await visitor.socket.take("error")).toMatchObject({ code: "illegal_transition", ref: "rate" });
        expect(await ratingOf(visitor.conversationId)).toBeNull();
        continue;
      }
      expect(asks[0]).toMatchObject({ path: "ai" });
      visitor.socket.send({ type: "rate", score: 2 });
      await visitor.socket.take("feedback_saved");
      expect(await ratingOf(visitor.conversationId)).toMatchObject({ score: 2, path: "ai", agent_id: null });
    }
  });

  it("refuses bad rating frames with typed errors and keeps the socket open", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const { visitor, agentView } = await claimedConversation(siteId, agent);
    agentView.send({ type: "resolve" });
    await visitor.socket.take("rating_request");
    for (const bad of [{ type: "rate", score: 6 }, { type: "rate", score: 0 }, { type: "rate", score: 2.5 }, { type: "rate" }, { type: "rate", score: 3, comment: "x".repeat(1001) }]) {
      visitor.socket.sendRaw(JSON.stringify(bad));
      expect(await visitor.socket.take("error")).toMatchObject({ code: "invalid_frame" });
    }
    // An agent cannot rate on the visitor's behalf.
    agentView.send({ type: "rate", score: 1 });
    expect(await agentView.take("error")).toMatchObject({ code: "unsupported_frame", ref: "rate" });
    expect(await ratingOf(visitor.conversationId)).toBeNull();
    expect(visitor.socket.closed).toBeNull();
    visitor.socket.send({ type: "rate", score: 5 });
    await visitor.socket.take("feedback_saved");
  });
});
