import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { issueVisitorToken } from "../../worker/auth/visitor-token.ts";
import { api, createAgent, createSite, SHOP_ORIGIN, startConversation, visitorSocket } from "../helpers/fixtures.ts";
import { BASE } from "../helpers/socket.ts";
import { exports } from "cloudflare:workers";

type ErrorBody = { error: { code: string; message: string } };

async function errorOf(response: Response): Promise<ErrorBody["error"] & { status: number; type: string | null }> {
  const type = response.headers.get("Content-Type");
  const body = (await response.json()) as ErrorBody;
  return { status: response.status, type, ...body.error };
}

describe("every error has the documented { error: { code, message } } shape", () => {
  it("answers malformed JSON with 400 bad_json as JSON, on public and agent routes", async () => {
    const agent = await createAgent();
    for (const [path, headers] of [
      ["/api/conversations", { Origin: SHOP_ORIGIN }],
      ["/api/auth/login", {}],
      ["/api/agent/logout", { Authorization: `Bearer ${agent.token}` }],
    ] as const) {
      const response = await exports.default.fetch(`${BASE}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: "{ not json",
      });
      if (path === "/api/agent/logout") {
        // Logout takes no body: a malformed one is ignored, not an error.
        expect(response.status, path).toBe(200);
        continue;
      }
      const error = await errorOf(response);
      expect(error, path).toMatchObject({ status: 400, code: "bad_json" });
      expect(error.type).toMatch(/application\/json/);
    }
  });

  it("refuses an oversized body with 413 before reading it", async () => {
    const siteId = await createSite();
    const big = JSON.stringify({ siteId, visitor: { name: "x".repeat(10 * 1024 * 1024) } });
    const response = await exports.default.fetch(`${BASE}/api/conversations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: SHOP_ORIGIN },
      body: big,
    });
    expect(await errorOf(response)).toMatchObject({ status: 413, code: "body_too_large" });
    // A normal start still works.
    await startConversation(siteId);
  });

  it("answers an unknown email exactly like a wrong password, after the same password hashing", async () => {
    const agent = await createAgent();
    const derive = vi.spyOn(crypto.subtle, "deriveBits");
    const wrong = await api("/api/auth/login", { method: "POST", json: { email: agent.email, password: "not it" } });
    const wrongDerivations = derive.mock.calls.length;
    const unknown = await api("/api/auth/login", { method: "POST", json: { email: "nobody-here@example.test", password: "not it" } });
    const unknownDerivations = derive.mock.calls.length - wrongDerivations;
    derive.mockRestore();
    const [a, b] = [await errorOf(wrong), await errorOf(unknown)];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 401, code: "bad_credentials" });
    // Both paths hash the password once, so neither answers noticeably faster.
    expect(wrongDerivations).toBe(1);
    expect(unknownDerivations).toBe(1);
  });
});

describe("visitor tokens expire, and coming back renews them", () => {
  it("refuses an expired token and hands a fresh one in every visitor welcome", async () => {
    const siteId = await createSite();
    const started = await startConversation(siteId);
    expect(started).toMatchObject({ tokenExpiresAt: expect.any(Number) });
    const grant = { conversationId: started.conversationId, siteId };
    const expired = await issueVisitorToken(env.AUTH_SECRET, grant, 60_000, Date.now() - 120_000);
    const refused = await visitorSocket(started.conversationId, expired.token);
    await vi.waitFor(() => expect(refused.closed?.code).toBe(4401));

    const first = await visitorSocket(started.conversationId, started.token);
    const welcome = await first.take("welcome");
    expect(welcome.token).toEqual(expect.any(String));
    expect(welcome.tokenExpiresAt).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    first.close();
    // The renewed token opens the same conversation.
    const again = await visitorSocket(started.conversationId, welcome.token ?? "");
    expect((await again.take("welcome")).conversationId).toBe(started.conversationId);
  });
});
