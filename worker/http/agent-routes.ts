import { Hono } from "hono";
import { z } from "zod";
import { findAgent, renameAgent, setAgentPassword } from "../auth/agent-repo.ts";
import { revokeAgentSession, revokeAgentSessions, sessionIdsOf } from "../auth/session-repo.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { createWorkspace, newWorkspaceId, workspacesOf } from "../workspaces/workspace-repo.ts";
import { disconnectAgent } from "./agent-disconnect.ts";
import type { AppEnv } from "./app-env.ts";
import { requireAgent } from "./agent-auth.ts";
import { clearSessionCookie } from "./auth-routes.ts";
import { apiError } from "./errors.ts";
import { NewPassword, PersonName } from "./account-fields.ts";
import { validate } from "./validate.ts";
import { workspaceRoutes } from "./workspace-routes.ts";

const Profile = z.object({ name: PersonName });
const PasswordChange = z.object({ current: z.string().min(1).max(512), next: NewPassword });
const NewWorkspace = z.object({ name: z.string().trim().min(1).max(100) });

/**
 * HTTP API for the console; every route needs an agent session. The agent's
 * own account lives here; everything of a workspace under /workspaces/:id.
 */
export const agentApi = new Hono<AppEnv>()
  .use("*", requireAgent)
  .get("/me", async (c) => {
    const { id, name, email } = c.get("agent");
    return c.json({ agent: { id, name, email }, workspaces: await workspacesOf(c.env.DB, id) });
  })
  .patch("/me", validate("json", Profile), async (c) => {
    const { id, email } = c.get("agent");
    const { name } = c.req.valid("json");
    await renameAgent(c.env.DB, id, name);
    return c.json({ agent: { id, name, email } });
  })
  // Other devices are logged out; this one stays.
  .post("/me/password", validate("json", PasswordChange), async (c) => {
    const agent = c.get("agent");
    const { current, next } = c.req.valid("json");
    const account = await findAgent(c.env.DB, agent.id);
    if (!account || !(await verifyPassword(current, account.passwordHash))) {
      throw apiError(400, "wrong_password", "your current password is not right");
    }
    const others = (await sessionIdsOf(c.env.DB, agent.id)).filter((id) => id !== agent.sessionId);
    await c.env.DB.batch([setAgentPassword(c.env.DB, agent.id, await hashPassword(next)), revokeAgentSessions(c.env.DB, agent.id, agent.sessionId)]);
    const workspaceIds = agent.memberships.map((m) => m.workspaceId);
    for (const sessionId of others) {
      await disconnectAgent(c.env, { workspaceIds, who: { agentId: agent.id, sessionId }, code: 4401, reason: "password changed" });
    }
    return c.json({ ok: true, loggedOut: others.length });
  })
  .post("/logout", async (c) => {
    const { sessionId, id, memberships } = c.get("agent");
    await revokeAgentSession(c.env.DB, sessionId);
    // A copied token must not keep a live socket open after its session ends.
    const workspaceIds = memberships.map((m) => m.workspaceId);
    await disconnectAgent(c.env, { workspaceIds, who: { agentId: id, sessionId }, code: 4401, reason: "logged out" });
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  // Any agent may start a workspace of their own (an agency adding a client); they become its owner.
  .post("/workspaces", validate("json", NewWorkspace), async (c) => {
    const workspace = await createWorkspace(c.env.DB, { id: newWorkspaceId(), name: c.req.valid("json").name, createdAt: Date.now() }, c.get("agent").id);
    return c.json({ workspace: { ...workspace, role: "owner" } }, 201);
  })
  .route("/workspaces/:workspaceId", workspaceRoutes);
