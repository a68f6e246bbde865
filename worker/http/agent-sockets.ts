import { Hono } from "hono";
import type { AgentIdentity } from "../auth/agent-session.ts";
import { conversationStub, IDENTITY_HEADER, queueStub, rosterStub } from "../durable/stubs.ts";
import type { AppEnv } from "./app-env.ts";
import { requireAgent } from "./agent-auth.ts";
import { apiError } from "./errors.ts";
import { requireMember, scopedConversation } from "./workspace-scope.ts";

/** Forwards an agent's WebSocket upgrade to a Durable Object, stamped with who they are and where. */
async function forwardAgentSocket(request: Request, agent: AgentIdentity, workspaceId: string, target: Fetcher): Promise<Response> {
  if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    throw apiError(426, "upgrade_required", "expected a WebSocket upgrade");
  }
  const headers = new Headers(request.headers);
  const identity = { role: "agent", agent: { id: agent.id, name: agent.name }, workspaceId, sessionId: agent.sessionId };
  headers.set(IDENTITY_HEADER, JSON.stringify(identity));
  const response = await target.fetch(new Request(request.url, { headers }));
  if (response.status === 404) throw apiError(404, "not_found", "no such conversation");
  if (response.status === 403) throw apiError(403, "forbidden", "not in this workspace");
  return response;
}

/** WebSockets for the console, per workspace: the queue feed, and one per open conversation. */
export const agentSockets = new Hono<AppEnv>()
  .use("*", requireAgent)
  .use("/workspaces/:workspaceId/*", requireMember)
  // Who is online and how busy: the agent's own status and load, and their teams'.
  .get("/workspaces/:workspaceId/presence", (c) => {
    const { workspaceId } = c.get("member");
    return forwardAgentSocket(c.req.raw, c.get("agent"), workspaceId, rosterStub(c.env, workspaceId));
  })
  // The everyone-team's queue (a workspace without teams has only this one).
  .get("/workspaces/:workspaceId/queue", (c) => {
    const { workspaceId } = c.get("member");
    return forwardAgentSocket(c.req.raw, c.get("agent"), workspaceId, queueStub(c.env, workspaceId));
  })
  // A team's queue, for its members (and admins and owners, who oversee every team).
  .get("/workspaces/:workspaceId/teams/:teamId/queue", async (c) => {
    const { workspaceId, role } = c.get("member");
    const teamId = c.req.param("teamId");
    const member = await rosterStub(c.env, workspaceId).memberOf(c.get("agent").id, teamId);
    if (member === null) throw apiError(404, "not_found", `no team ${teamId}`);
    if (!member && role === "agent") throw apiError(403, "forbidden", `you are not in team ${teamId}`);
    return forwardAgentSocket(c.req.raw, c.get("agent"), workspaceId, queueStub(c.env, workspaceId, teamId));
  })
  .get("/workspaces/:workspaceId/conversations/:conversationId", async (c) => {
    const conversationId = c.req.param("conversationId");
    await scopedConversation(c, conversationId);
    return forwardAgentSocket(c.req.raw, c.get("agent"), c.get("member").workspaceId, conversationStub(c.env, conversationId));
  });
