import { env } from "cloudflare:workers";
import { hashLinkToken, newLinkToken } from "../../worker/auth/link-token.ts";
import { createInvite } from "../../worker/workspaces/invite-repo.ts";
import { newCannedId, saveCanned } from "../../worker/workspaces/canned-repo.ts";
import { saveTeam } from "../../worker/workspaces/team-repo.ts";
import { openSocket, type TestSocket } from "./socket.ts";
import { waitUntil } from "./wait.ts";
import { addArticle, api, createAgent, createSite, createWorkspace, startConversation, type TestAgent } from "./fixtures.ts";
import type { Role, RouteParams, RouteSpec } from "./route-table.ts";

/** A whole workspace: its owner, an agent, a site with an article, a conversation, a pending invitation, a team and a canned response. */
export interface WorkspaceFixture {
  name: string;
  params: RouteParams;
  owner: TestAgent;
  admin: TestAgent;
  agent: TestAgent;
}

export async function workspaceFixture(name: string): Promise<WorkspaceFixture> {
  const workspaceId = await createWorkspace(name);
  const [owner, admin, agent] = await Promise.all([
    createAgent(`${name} owner`, { workspaceId, role: "owner" }),
    createAgent(`${name} admin`, { workspaceId, role: "admin" }),
    createAgent(`${name} agent`, { workspaceId, role: "agent" }),
  ]);
  const siteId = await createSite({}, undefined, workspaceId);
  const articleId = await addArticle(siteId, { title: `${name} refunds`, body: `## Refunds\n\n${name} refunds within 30 days.` });
  const { conversationId } = await startConversation(siteId);
  // In D1 before anything is compared (a new conversation's row is copied a moment after it starts).
  await waitUntil(() => env.DB.prepare("SELECT 1 AS yes FROM conversations WHERE id = ?").bind(conversationId).first());
  const inviteId = await createInvite(env.DB, {
    workspaceId,
    email: `invited-${workspaceId}@example.test`,
    role: "agent",
    createdBy: owner.id,
    tokenHash: await hashLinkToken(newLinkToken()),
    ttlMs: 86_400_000,
  });
  const teamId = "billing";
  await saveTeam(env.DB, workspaceId, { id: teamId, name: `${name} billing`, assignment: "manual", offerSeconds: 30, members: [agent.id] });
  const cannedId = newCannedId();
  await saveCanned(env.DB, workspaceId, { id: cannedId, shortcut: "greet", title: `${name} greeting`, text: "Hi {visitor.name}!", createdAt: Date.now(), updatedAt: Date.now(), updatedBy: owner.id }).run();
  return { name, owner, admin, agent, params: { workspaceId, siteId, conversationId, articleId, agentId: agent.id, inviteId, teamId, cannedId, table: "figures.csv" } };
}

export function memberOf(fixture: WorkspaceFixture, role: Role): TestAgent {
  return role === "owner" ? fixture.owner : role === "admin" ? fixture.admin : fixture.agent;
}

/** Calls a route as `who`: the HTTP status, or for a socket the HTTP status its close code stands for (101 if it stayed open). */
export async function callRoute(
  who: TestAgent,
  route: { method: string; socket: boolean },
  url: string,
  spec: RouteSpec,
  fixture: WorkspaceFixture,
): Promise<number> {
  if (route.socket) {
    const socket = await openSocket(url, { Authorization: `Bearer ${who.token}` });
    return closeStatus(socket);
  }
  const body = spec.body?.({ ...fixture.params, workspaceName: fixture.name });
  const query = spec.query ? `?${spec.query}` : "";
  const response = await api(`${url}${query}`, { method: route.method, headers: { Authorization: `Bearer ${who.token}` }, ...(body === undefined ? {} : { json: body }) });
  await response.body?.cancel();
  return response.status;
}

async function closeStatus(socket: TestSocket): Promise<number> {
  const deadline = Date.now() + 1000;
  while (!socket.closed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!socket.closed) {
    socket.close();
    return 101;
  }
  return socket.closed.code >= 4000 ? socket.closed.code - 4000 : socket.closed.code;
}
