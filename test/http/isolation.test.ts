import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { agentApi, queueSocket, visitorInNewConversation } from "../helpers/fixtures.ts";
import { ACCOUNT_ROUTES, agentRoutes, fill, WORKSPACE_ROUTES, type RouteParams } from "../helpers/route-table.ts";
import { callRoute, workspaceFixture, type WorkspaceFixture } from "../helpers/workspace-fixture.ts";

/** What workspace A holds, read straight from D1: nothing B does may change it. */
async function snapshot(a: WorkspaceFixture) {
  const p = a.params;
  const rows = await env.DB.batch([
    env.DB.prepare("SELECT name FROM workspaces WHERE id = ?").bind(p.workspaceId),
    env.DB.prepare("SELECT name, settings, allowed_origins FROM sites WHERE id = ?").bind(p.siteId),
    env.DB.prepare("SELECT id, title, body FROM kb_articles WHERE site_id = ? ORDER BY id").bind(p.siteId),
    env.DB.prepare("SELECT agent_id, role, active FROM memberships WHERE workspace_id = ? ORDER BY agent_id").bind(p.workspaceId),
    env.DB.prepare("SELECT id, accepted_at, revoked_at FROM invites WHERE workspace_id = ?").bind(p.workspaceId),
    env.DB.prepare("SELECT count(*) AS n FROM agent_sessions WHERE agent_id = ?").bind(p.agentId),
    env.DB.prepare("SELECT count(*) AS n FROM password_resets WHERE agent_id = ?").bind(p.agentId),
    env.DB.prepare("SELECT id, name, assignment FROM teams WHERE workspace_id = ? ORDER BY id").bind(p.workspaceId),
    env.DB.prepare("SELECT team_id, agent_id FROM team_members WHERE workspace_id = ? ORDER BY team_id, agent_id").bind(p.workspaceId),
    env.DB.prepare("SELECT default_capacity, all_assignment FROM workspaces WHERE id = ?").bind(p.workspaceId),
    env.DB.prepare("SELECT agent_id, capacity FROM memberships WHERE workspace_id = ? ORDER BY agent_id").bind(p.workspaceId),
    env.DB.prepare("SELECT state, agent_id FROM conversations WHERE workspace_id = ? ORDER BY id").bind(p.workspaceId),
    env.DB.prepare("SELECT id, shortcut, title, text FROM canned_responses WHERE workspace_id = ? ORDER BY id").bind(p.workspaceId),
  ]);
  return rows.map((r) => r.results);
}

/** Which of A's ids a route names, beyond the workspace. */
function names(path: string, param: keyof RouteParams): boolean {
  return path.includes(`:${param}`);
}

describe("workspace isolation, route by route", () => {
  it("covers every agent route: each is in the route table or is an account route naming nothing", () => {
    const { scoped, unscoped } = agentRoutes();
    expect(unscoped.filter((route) => !ACCOUNT_ROUTES.has(route)), "agent routes outside /workspaces/:workspaceId").toEqual([]);
    for (const route of unscoped) expect(route, "an account route must name no resource").not.toMatch(/:/);
    const keys = scoped.map((r) => r.key).sort();
    expect(keys, "WORKSPACE_ROUTES must list exactly the app's workspace routes").toEqual(Object.keys(WORKSPACE_ROUTES).sort());
  });

  it("refuses an owner of workspace B everything of workspace A (403 / 4403), by A's ids or with A's ids under B", async () => {
    const [a, b] = await Promise.all([workspaceFixture("Alpha"), workspaceFixture("Bravo")]);
    const before = await snapshot(a);
    const { scoped } = agentRoutes();
    const outcomes: string[] = [];
    for (const route of scoped) {
      const spec = WORKSPACE_ROUTES[route.key];
      if (!spec) throw new Error(`no route table entry for ${route.key}`);
      // 1. A's workspace id: B is not a member.
      const status = await callRoute(b.owner, route, fill(route.path, a.params), spec, a);
      outcomes.push(`${route.key} as A → ${status}`);
      expect(status, `${route.method} ${route.path} with A's workspace`).toBe(403);
      // 2. B's own workspace, A's resources: refused by the resource check, never served.
      if (!/:(siteId|conversationId|articleId|agentId|inviteId|cannedId)/.test(route.path)) continue;
      const crossed = await callRoute(b.owner, route, fill(route.path, { ...a.params, workspaceId: b.params.workspaceId }), spec, b);
      outcomes.push(`${route.key} crossed → ${crossed}`);
      const owned = names(route.path, "siteId") || names(route.path, "conversationId");
      // A site or conversation of A is refused as not in this workspace; an article, member, invitation or canned response of A is not found in B.
      expect(crossed, `${route.method} ${route.path} with A's ids under B`).toBe(owned ? 403 : 404);
    }
    const after = await snapshot(a);
    for (let i = 0; i < before.length; i++) expect(after[i], `snapshot part ${i}`).toEqual(before[i]);
    // Every route was tried, both ways where it names a resource.
    expect(outcomes.length).toBeGreaterThanOrEqual(Object.keys(WORKSPACE_ROUTES).length);
  });

  it("keeps each workspace's queue to itself: B's feed never sees A's handoff, nor its snapshot A's entries", async () => {
    const [a, b] = await Promise.all([workspaceFixture("Charlie"), workspaceFixture("Delta")]);
    const feedA = await queueSocket(a.agent);
    const feedB = await queueSocket(b.agent);
    await Promise.all([feedA.take("queue_snapshot"), feedB.take("queue_snapshot")]);
    const visitor = await visitorInNewConversation(a.params.siteId);
    visitor.socket.send({ type: "request_human" });
    await feedA.take("queue_update", (f) => f.entry.conversationId === visitor.conversationId);
    await feedB.settle(200);
    expect(feedB.frames.filter((f) => f.type === "queue_update")).toEqual([]);
    const later = await queueSocket(b.owner);
    const snap = await later.take("queue_snapshot");
    expect(snap.waiting.map((e) => e.conversationId)).not.toContain(visitor.conversationId);
    // And B's history lists none of A's conversations.
    const listed = (await (await agentApi(b.owner, "/conversations")).json()) as { conversations: { id: string }[] };
    expect(listed.conversations.map((c) => c.id)).not.toContain(visitor.conversationId);
    expect(listed.conversations.map((c) => c.id)).not.toContain(a.params.conversationId);
  });
});
