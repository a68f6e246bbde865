import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { issueVisitorToken } from "../worker/auth/visitor-token.ts";
import { openSocket } from "./helpers/socket.ts";
import { agentApi, api, claimedConversation, createAgent, createSite, SHOP_ORIGIN, startConversation, visitorInNewConversation } from "./helpers/fixtures.ts";
import { waitUntil } from "./helpers/wait.ts";

/**
 * What a client gets when it opens `path`: 101 when the socket stays open, or
 * the status of a refusal (sent as close code 4000 + status, readable by browsers).
 */
async function upgradeStatus(path: string, headers: Record<string, string>): Promise<number> {
  const socket = await openSocket(path, headers);
  const deadline = Date.now() + 1000;
  while (!socket.closed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!socket.closed) return 101;
  expect(socket.closed.code).toBeGreaterThan(4000);
  expect(socket.closed.reason.length).toBeGreaterThan(0);
  return socket.closed.code - 4000;
}

describe("visitors reach only their own conversation", () => {
  it("rejects conversation A's token on conversation B, a forged token, and a missing one", async () => {
    const siteId = await createSite();
    const a = await startConversation(siteId);
    const b = await startConversation(siteId);
    expect(await upgradeStatus(`/ws/conversations/${b.conversationId}?token=${a.token}`, { Origin: SHOP_ORIGIN })).toBe(401);
    const { token: forged } = await issueVisitorToken("some-other-secret-that-is-long-enough-00", { conversationId: b.conversationId, siteId }, 60_000);
    expect(await upgradeStatus(`/ws/conversations/${b.conversationId}?token=${forged}`, { Origin: SHOP_ORIGIN })).toBe(401);
    expect(await upgradeStatus(`/ws/conversations/${b.conversationId}`, { Origin: SHOP_ORIGIN })).toBe(401);
    expect(await upgradeStatus(`/ws/conversations/${a.conversationId}?token=${a.token}`, { Origin: SHOP_ORIGIN })).toBe(101);
  });

  it("checks the Origin against the site's allowed origins, at start and at upgrade", async () => {
    const siteId = await createSite();
    const refused = await api("/api/conversations", { method: "POST", json: { siteId }, headers: { Origin: "https://evil.test" } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "origin_not_allowed" } });
    const started = await startConversation(siteId);
    const path = `/ws/conversations/${started.conversationId}?token=${started.token}`;
    expect(await upgradeStatus(path, { Origin: "https://evil.test" })).toBe(403);
    const unknown = await api("/api/conversations", { method: "POST", json: { siteId: "nope" }, headers: { Origin: SHOP_ORIGIN } });
    expect(unknown.status).toBe(404);
    // The widget's public settings: a foreign origin is refused, a same-origin request (no Origin header) is not.
    expect((await api(`/api/sites/${siteId}/widget`, { headers: { Origin: "https://evil.test" } })).status).toBe(403);
    expect(await (await api(`/api/sites/${siteId}/widget`)).json()).toMatchObject({ siteId, name: "Test Shop" });
  });

  it("validates the start body with a typed 400 listing the problems", async () => {
    const siteId = await createSite();
    const response = await api("/api/conversations", {
      method: "POST",
      json: { siteId, page: { url: 42 } },
      headers: { Origin: SHOP_ORIGIN },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["page.url", "page.title"]));
  });
});

describe("agents authenticate", () => {
  it("answers 401 on every agent route without a session", async () => {
    const routes = ["/api/agent/me", "/api/agent/workspaces/w/conversations", "/api/agent/workspaces/w/conversations/x/transcript"];
    for (const route of routes) {
      const response = await api(route);
      expect(response.status, route).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    }
    expect((await api("/api/agent/logout", { method: "POST" })).status).toBe(401);
    expect(await upgradeStatus("/ws/agent/workspaces/w/queue", {})).toBe(401);
    expect(await upgradeStatus("/ws/agent/workspaces/w/conversations/x", {})).toBe(401);
    const agent = await createAgent();
    expect(await upgradeStatus(`/ws/agent/workspaces/${agent.workspaceId}/conversations/never-started`, { Authorization: `Bearer ${agent.token}` })).toBe(404);
    expect(await upgradeStatus(`/ws/agent/workspaces/${agent.workspaceId}/queue`, { Authorization: "Bearer not.a-token" })).toBe(401);
  });

  it("logs in with the right password only, and logout revokes the session", async () => {
    const agent = await createAgent("Lee");
    const wrong = await api("/api/auth/login", { method: "POST", json: { email: agent.email, password: "nope" } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: "bad_credentials" } });
    const unknown = await api("/api/auth/login", { method: "POST", json: { email: "who@x.test", password: "nope" } });
    expect(unknown.status).toBe(401);

    const login = await api("/api/auth/login", { method: "POST", json: { email: agent.email, password: agent.password } });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/baton_session=[^;]+; .*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(";")[0] ?? "";
    const me = await api("/api/agent/me", { headers: { Cookie: session } });
    expect(await me.json()).toMatchObject({ agent: { name: "Lee", email: agent.email } });

    // A cookie is not honoured for a cross-site WebSocket.
    expect(await upgradeStatus(`/ws/agent/workspaces/${agent.workspaceId}/queue`, { Cookie: session, Origin: "https://evil.test" })).toBe(403);
    expect(await upgradeStatus(`/ws/agent/workspaces/${agent.workspaceId}/queue`, { Cookie: session, Origin: "https://baton.test" })).toBe(101);

    const feed = await openSocket(`/ws/agent/workspaces/${agent.workspaceId}/queue`, { Cookie: session, Origin: "https://baton.test" });
    await feed.take("queue_snapshot");
    expect((await api("/api/agent/logout", { method: "POST", headers: { Cookie: session, Origin: "https://baton.test" } })).status).toBe(200);
    // That session's live feed ends at once with 4401.
    for (let i = 0; i < 50 && !feed.closed; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(feed.closed?.code).toBe(4401);
    const after = await api("/api/agent/me", { headers: { Cookie: session } });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: { code: "session_expired" } });
  });

  it("logout closes that session's sockets on the conversations the agent holds; the visitor stays", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Ari");
    const { visitor, queue, agentView } = await claimedConversation(siteId, agent);
    const logout = await api("/api/agent/logout", { method: "POST", headers: { Authorization: `Bearer ${agent.token}` } });
    expect(logout.status).toBe(200);
    await waitUntil(async () => agentView.closed && queue.closed, 2000, "the agent's sockets to close");
    expect(agentView.closed?.code).toBe(4401);
    expect(queue.closed?.code).toBe(4401);
    expect(visitor.socket.closed).toBeNull();
    // The revoked token opens nothing new.
    expect(await upgradeStatus(`/ws/agent/workspaces/${agent.workspaceId}/conversations/${visitor.conversationId}`, { Authorization: `Bearer ${agent.token}` })).toBe(401);
  });

  it("stops password guessing from one address, without locking the agent out elsewhere", async () => {
    const agent = await createAgent("Kim");
    const from = (ip: string, password: string) =>
      api("/api/auth/login", { method: "POST", json: { email: agent.email, password }, headers: { "CF-Connecting-IP": ip } });

    // A good password clears earlier failures: nine, a success, nine more are all still answered.
    for (let i = 0; i < 9; i++) expect((await from("203.0.113.7", `guess ${i}`)).status).toBe(401);
    expect((await from("203.0.113.7", agent.password)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await from("203.0.113.7", `guess ${i}`)).status).toBe(401);

    expect((await from("203.0.113.7", "guess 10")).status).toBe(401);
    // The tenth failure in the window locks this address out, even with the right password.
    const locked = await from("203.0.113.7", agent.password);
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ error: { code: "too_many_attempts", message: expect.stringMatching(/try again in 15 minutes/) } });
    const retryAfter = Number(locked.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // The agent, somewhere else, still gets in.
    expect((await from("198.51.100.2", agent.password)).status).toBe(200);
  });

  it("reads a transcript from D1 for an authenticated agent", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const { conversationId } = await startConversation(siteId);
    const { waitUntil } = await import("./helpers/wait.ts");
    const body = await waitUntil(async () => {
      const response = await agentApi(agent, `/conversations/${conversationId}/transcript`);
      return response.status === 200 ? ((await response.json()) as { messages: { role: string }[] }) : null;
    });
    expect(body.messages.map((m) => m.role)).toEqual(["ai"]);
    const list = await agentApi(agent, "/conversations?state=bot");
    const { conversations } = (await list.json()) as { conversations: { id: string }[] };
    expect(conversations.map((c) => c.id)).toContain(conversationId);
    expect((await agentApi(agent, "/conversations?state=flying")).status).toBe(400);
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("lists conversations newest first with their first question, pages with `before`, and reads a live one up to date", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const first = await visitorInNewConversation(siteId);
    first.socket.send({ type: "message", clientId: "q1", text: "Where is my order 1234?" });
    await first.socket.take("ack");
    const second = await visitorInNewConversation(siteId);
    second.socket.send({ type: "message", clientId: "q2", text: "Do you ship to Norway?" });
    second.socket.send({ type: "message", clientId: "q3", text: "And to Iceland?" });
    await second.socket.take("ack", (f) => f.clientId === "q3");

    // Read at once: the messages have not waited out the batch window, yet the transcript has them.
    const liveResponse = await agentApi(agent, `/conversations/${second.conversationId}/transcript`);
    expect(liveResponse.status).toBe(200);
    const live = (await liveResponse.json()) as {
      messages: { text: string }[];
    };
    expect(live.messages.map((m) => m.text)).toEqual(expect.arrayContaining(["Do you ship to Norway?", "And to Iceland?"]));

    expect((await agentApi(agent, "/conversations/no-such-conversation/transcript")).status).toBe(404);

    type Listed = { conversations: { id: string; firstQuestion: string | null; updatedAt: number }[] };
    const ours = (list: Listed) => list.conversations.filter((c) => c.id === first.conversationId || c.id === second.conversationId);
    const page = (await (await agentApi(agent, `/conversations?siteId=${siteId}&limit=1`)).json()) as Listed;
    expect(page.conversations).toHaveLength(1);
    const next = (await (await agentApi(agent, `/conversations?siteId=${siteId}&before=${page.conversations[0]?.updatedAt}`)).json()) as Listed;
    const both = [...ours(page), ...ours(next)];
    expect(both.map((c) => c.id).sort()).toEqual([first.conversationId, second.conversationId].sort());
    expect(Object.fromEntries(both.map((c) => [c.id, c.firstQuestion]))).toEqual({
      [first.conversationId]: "Where is my order 1234?",
      [second.conversationId]: "Do you ship to Norway?",
    });
  });
});
