import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { agentApi, api, claimedConversation, createAgent, createSite, createWorkspace, queueSocket, type TestAgent } from "../helpers/fixtures.ts";
import { waitUntil } from "../helpers/wait.ts";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const tokenOf = (url: string) => url.split("/").at(-1) ?? "";

async function invite(admin: TestAgent, email: string, role = "agent"): Promise<{ status: number; url: string }> {
  const response = await agentApi(admin, "/invites", { method: "POST", json: { email, role } });
  const body = (await response.json()) as { url?: string };
  return { status: response.status, url: body.url ?? "" };
}

async function me(token: string) {
  return (await (await api("/api/agent/me", { headers: auth(token) })).json()) as { agent: { name: string }; workspaces: { id: string; role: string }[] };
}

describe("members: invitations, roles, deactivation, password resets", () => {
  it("invites by a single-use link that creates the account and logs it in", async () => {
    const workspaceId = await createWorkspace("Invites");
    const admin = await createAgent("Ada", { workspaceId, role: "admin" });
    const { status, url } = await invite(admin, "newcomer@example.test");
    expect(status).toBe(201);
    expect(url).toMatch(/\/console\/#\/invite\/[A-Za-z0-9_-]{20,}$/);
    const token = tokenOf(url);
    const lookup = await api("/api/invites/lookup", { method: "POST", json: { token } });
    expect(await lookup.json()).toMatchObject({ workspaceName: "Invites", email: "newcomer@example.test", role: "agent", hasAccount: false });

    const tooShort = await api("/api/invites/accept", { method: "POST", json: { token, name: "New", password: "short" } });
    expect(tooShort.status).toBe(400);
    const accepted = await api("/api/invites/accept", { method: "POST", json: { token, name: "Newcomer", password: "a long enough password" } });
    expect(accepted.status).toBe(200);
    const session = (await accepted.json()) as { token: string };
    expect((await me(session.token)).workspaces).toEqual([expect.objectContaining({ id: workspaceId, role: "agent" })]);
    // The link works once.
    const again = await api("/api/invites/accept", { method: "POST", json: { token, name: "Twice", password: "a long enough password" } });
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ error: { code: "link_expired" } });
    // The audit log says who joined.
    const audit = (await (await agentApi(admin, "/audit")).json()) as { entries: { action: string; actor: { name: string } }[] };
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(["invite.create", "member.join"]));
  });

  it("asks an existing account for its password to join, and refuses an expired link", async () => {
    const home = await createWorkspace("Home");
    const other = await createWorkspace("Other");
    const existing = await createAgent("Existing", { workspaceId: home, role: "agent" });
    const owner = await createAgent("Owner", { workspaceId: other, role: "owner" });
    const token = tokenOf((await invite(owner, existing.email, "admin")).url);
    expect(await (await api("/api/invites/lookup", { method: "POST", json: { token } })).json()).toMatchObject({ hasAccount: true });
    expect((await api("/api/invites/accept", { method: "POST", json: { token, password: "not the password" } })).status).toBe(401);
    expect((await api("/api/invites/accept", { method: "POST", json: { token, password: existing.password } })).status).toBe(200);
    const roles = Object.fromEntries((await me(existing.token)).workspaces.map((w) => [w.id, w.role]));
    expect(roles).toEqual({ [home]: "agent", [other]: "admin" });

    const stale = tokenOf((await invite(owner, "late@example.test")).url);
    await env.DB.prepare("UPDATE invites SET expires_at = ? WHERE email = 'late@example.test'").bind(Date.now() - 1).run();
    expect((await api("/api/invites/lookup", { method: "POST", json: { token: stale } })).status).toBe(410);
  });

  it("lets admins manage agents only, and never leaves a workspace without an owner", async () => {
    const workspaceId = await createWorkspace("Roles");
    const owner = await createAgent("Olive", { workspaceId, role: "owner" });
    const admin = await createAgent("Arno", { workspaceId, role: "admin" });
    const agent = await createAgent("Aki", { workspaceId, role: "agent" });
    expect((await invite(admin, "boss@example.test", "admin")).status).toBe(403);
    expect((await agentApi(admin, `/members/${owner.id}`, { method: "PATCH", json: { role: "agent" } })).status).toBe(403);
    expect((await agentApi(admin, `/members/${agent.id}`, { method: "PATCH", json: { role: "admin" } })).status).toBe(403);
    expect((await agentApi(owner, `/members/${agent.id}`, { method: "PATCH", json: { role: "admin" } })).status).toBe(200);
    const last = await agentApi(owner, `/members/${owner.id}`, { method: "PATCH", json: { role: "admin" } });
    expect(last.status).toBe(409);
    expect(await last.json()).toMatchObject({ error: { code: "last_owner" } });
    const members = (await (await agentApi(agent, "/members")).json()) as { members: { agentId: string; role: string }[] };
    expect(Object.fromEntries(members.members.map((m) => [m.agentId, m.role]))).toEqual({ [owner.id]: "owner", [admin.id]: "admin", [agent.id]: "admin" });
  });

  it("deactivating a member closes their sockets at once, returns what they held to the queue, and ends their sessions", async () => {
    const workspaceId = await createWorkspace("Deactivate");
    const siteId = await createSite({}, undefined, workspaceId);
    const admin = await createAgent("Boss", { workspaceId, role: "admin" });
    const leaver = await createAgent("Leaver", { workspaceId, role: "agent" });
    const watcher = await queueSocket(admin);
    await watcher.take("queue_snapshot");
    const { visitor, queue, agentView } = await claimedConversation(siteId, leaver);
    await watcher.take("queue_update", (f) => f.event === "claimed");

    const off = await agentApi(admin, `/members/${leaver.id}`, { method: "PATCH", json: { active: false } });
    expect(off.status).toBe(200);
    await waitUntil(async () => queue.closed && agentView.closed, 2000, "the leaver's sockets to close");
    expect(queue.closed?.code).toBe(4403);
    expect(agentView.closed?.code).toBe(4403);
    // The conversation waits again, the others see it, and the visitor is told.
    const back = await watcher.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === visitor.conversationId);
    expect(back.entry.agent).toBeNull();
    await visitor.socket.take("state", (f) => f.state === "queued");
    await visitor.socket.message((m) => m.role === "system" && m.text.includes("no longer available"));
    // Their only workspace: their session is gone too.
    expect((await api("/api/agent/me", { headers: auth(leaver.token) })).status).toBe(401);
  });

  it("a reset link sets a new password, ends every old session, and works once", async () => {
    const workspaceId = await createWorkspace("Reset");
    const admin = await createAgent("Root", { workspaceId, role: "admin" });
    const forgetful = await createAgent("Forgetful", { workspaceId, role: "agent" });
    const feed = await queueSocket(forgetful);
    await feed.take("queue_snapshot");
    const link = (await (await agentApi(admin, `/members/${forgetful.id}/password-reset`, { method: "POST" })).json()) as { url: string };
    const token = tokenOf(link.url);
    expect(await (await api("/api/password-resets/lookup", { method: "POST", json: { token } })).json()).toMatchObject({ email: forgetful.email });
    const used = await api("/api/password-resets/use", { method: "POST", json: { token, password: "a brand new password" } });
    expect(used.status).toBe(200);
    await waitUntil(async () => feed.closed, 2000, "the old session's feed to close");
    expect(feed.closed?.code).toBe(4401);
    expect((await api("/api/agent/me", { headers: auth(forgetful.token) })).status).toBe(401);
    const login = (password: string) => api("/api/auth/login", { method: "POST", json: { email: forgetful.email, password } });
    expect((await login(forgetful.password)).status).toBe(401);
    expect((await login("a brand new password")).status).toBe(200);
    expect((await api("/api/password-resets/use", { method: "POST", json: { token, password: "another new password" } })).status).toBe(410);
  });

  it("changes one's own name and password; other devices are logged out, this one stays", async () => {
    const agent = await createAgent("Before");
    const other = (await (await api("/api/auth/login", { method: "POST", json: { email: agent.email, password: agent.password } })).json()) as { token: string };
    expect((await api("/api/agent/me", { method: "PATCH", json: { name: "After" }, headers: auth(agent.token) })).status).toBe(200);
    expect((await me(agent.token)).agent.name).toBe("After");
    const wrong = await api("/api/agent/me/password", { method: "POST", json: { current: "nope", next: "a new long password" }, headers: auth(agent.token) });
    expect(await wrong.json()).toMatchObject({ error: { code: "wrong_password" } });
    const changed = await api("/api/agent/me/password", { method: "POST", json: { current: agent.password, next: "a new long password" }, headers: auth(agent.token) });
    expect(await changed.json()).toMatchObject({ ok: true, loggedOut: 1 });
    expect((await api("/api/agent/me", { headers: auth(agent.token) })).status).toBe(200);
    expect((await api("/api/agent/me", { headers: auth(other.token) })).status).toBe(401);
  });
});
