import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { issueVisitorToken } from "../../worker/auth/visitor-token.ts";
import { issueResumeToken } from "../../worker/email/resume-link.ts";
import { api, createSite, SHOP_ORIGIN, startConversation, visitorSocket } from "../helpers/fixtures.ts";
import { waitUntil } from "../helpers/wait.ts";

const WEEK = 7 * 86_400_000;

function resume(token: string, origin = SHOP_ORIGIN) {
  return api("/api/conversations/resume", { method: "POST", json: { token }, headers: { Origin: origin } });
}

async function conversationWithMessage() {
  const siteId = await createSite();
  const started = await startConversation(siteId);
  const socket = await visitorSocket(started.conversationId, started.token);
  await socket.take("history");
  socket.send({ type: "message", clientId: "before-email", text: "Where is my refund for KO-1234?" });
  await socket.take("ack");
  socket.close();
  return { siteId, conversationId: started.conversationId };
}

describe("POST /api/conversations/resume", () => {
  it("trades a link's token for a fresh visitor token that opens that conversation, history and all", async () => {
    const { siteId, conversationId } = await conversationWithMessage();
    const link = await issueResumeToken(env.AUTH_SECRET, { conversationId, siteId }, WEEK);
    const response = await resume(link.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(SHOP_ORIGIN);
    const body = (await response.json()) as { conversationId: string; token: string; tokenExpiresAt: number };
    expect(body.conversationId).toBe(conversationId);
    expect(body.tokenExpiresAt).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const socket = await visitorSocket(conversationId, body.token);
    expect(await socket.take("welcome")).toMatchObject({ role: "visitor", conversationId });
    await socket.take("history");
    expect(socket.messages().map((m) => m.text)).toContain("Where is my refund for KO-1234?");
    // The link is not used up: the visitor may click it again.
    expect((await resume(link.token)).status).toBe(200);
  });

  it("answers 401 for an expired, forged or wrong-kind token, and never opens the socket with the link's token itself", async () => {
    const { siteId, conversationId } = await conversationWithMessage();
    const expired = await issueResumeToken(env.AUTH_SECRET, { conversationId, siteId }, WEEK, Date.now() - WEEK - 1000);
    const forged = await issueResumeToken("another-secret-that-is-long-enough-000", { conversationId, siteId }, WEEK);
    const visitorToken = await issueVisitorToken(env.AUTH_SECRET, { conversationId, siteId }, WEEK);
    const good = await issueResumeToken(env.AUTH_SECRET, { conversationId, siteId }, WEEK);
    const tampered = good.token.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    for (const [name, token] of [["expired", expired.token], ["forged", forged.token], ["visitor token", visitorToken.token], ["tampered", tampered], ["junk", "nope"]]) {
      const response = await resume(token!);
      expect(response.status, name).toBe(401);
      expect(await response.json(), name).toMatchObject({ error: { code: "bad_token" } });
    }
    const socket = await visitorSocket(conversationId, good.token);
    expect(await waitUntil(async () => socket.closed, 4000, "the refusal")).toMatchObject({ code: 4401 });
    expect(socket.frames.map((f) => f.type)).not.toContain("welcome");
  });

  it("answers 403 to a page on a foreign origin, as starting a conversation does", async () => {
    const { siteId, conversationId } = await conversationWithMessage();
    const link = await issueResumeToken(env.AUTH_SECRET, { conversationId, siteId }, WEEK);
    const response = await resume(link.token, "https://evil.test");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "origin_not_allowed" } });
  });

  it("answers 404 when the conversation is gone, and 400 without a token", async () => {
    const siteId = await createSite();
    const link = await issueResumeToken(env.AUTH_SECRET, { conversationId: "NeverStartedConvers000", siteId }, WEEK);
    expect((await resume(link.token)).status).toBe(404);
    const missing = await api("/api/conversations/resume", { method: "POST", json: {}, headers: { Origin: SHOP_ORIGIN } });
    expect(missing.status).toBe(400);
  });

  it("answers the CORS preflight of a page on the site", async () => {
    const response = await api("/api/conversations/resume", {
      method: "OPTIONS",
      headers: { Origin: SHOP_ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "Content-Type" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(SHOP_ORIGIN);
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("POST");
  });
});
