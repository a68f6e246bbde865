import { Hono } from "hono";
import { z } from "zod";
import { findAgent, findAgentByEmail, insertAgent, newAgentId, setAgentPassword } from "../auth/agent-repo.ts";
import { revokeAgentSessions } from "../auth/session-repo.ts";
import { hashLinkToken } from "../auth/link-token.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { resetByTokenHash, useReset } from "../auth/password-reset-repo.ts";
import { auditStatement } from "../workspaces/audit-repo.ts";
import { acceptInvite, inviteByTokenHash, usable } from "../workspaces/invite-repo.ts";
import { upsertMembership } from "../workspaces/membership-repo.ts";
import { workspacesOf } from "../workspaces/workspace-repo.ts";
import { NewPassword, PersonName } from "./account-fields.ts";
import { rosterStub } from "../durable/stubs.ts";
import { disconnectAgent } from "./agent-disconnect.ts";
import type { AppEnv } from "./app-env.ts";
import { startSession } from "./auth-routes.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";

// Tokens travel in bodies, never in URLs, so they stay out of request logs.
const Token = z.object({ token: z.string().min(16).max(128) });
const Accept = Token.extend({ name: PersonName.optional(), password: z.string().min(1).max(512) });
const Reset = Token.extend({ password: NewPassword });

const GONE = "this link has expired or was already used; ask an admin for a new one";

/**
 * What a single-use link does, for someone without a session: join a
 * workspace from an invitation (creating the account if the email has none),
 * or set a new password from a reset link. Both log the person in.
 */
export const accountRoutes = new Hono<AppEnv>()
  .post("/invites/lookup", validate("json", Token), async (c) => {
    const invite = await inviteByTokenHash(c.env.DB, await hashLinkToken(c.req.valid("json").token));
    if (!invite || !usable(invite)) throw apiError(410, "link_expired", GONE);
    const hasAccount = (await findAgentByEmail(c.env.DB, invite.email)) !== null;
    return c.json({ workspaceName: invite.workspaceName, email: invite.email, role: invite.role, expiresAt: invite.expiresAt, hasAccount });
  })
  .post("/invites/accept", validate("json", Accept), async (c) => {
    const { token, name, password } = c.req.valid("json");
    const now = Date.now();
    const invite = await inviteByTokenHash(c.env.DB, await hashLinkToken(token));
    if (!invite || !usable(invite, now)) throw apiError(410, "link_expired", GONE);
    const existing = await findAgentByEmail(c.env.DB, invite.email);
    if (existing && !(await verifyPassword(password, existing.passwordHash))) {
      throw apiError(401, "bad_credentials", `${invite.email} already has an account: enter its password to join`);
    }
    if (!existing && !name) throw apiError(400, "invalid_request", "name: enter your name", [{ path: "name", message: "enter your name" }]);
    if (!existing) {
      const checked = NewPassword.safeParse(password);
      if (!checked.success) throw apiError(400, "invalid_request", "password: at least 12 characters", [{ path: "password", message: "at least 12 characters" }]);
    }
    // Claim the invitation first: of two people racing with one link, one wins.
    const claimed = await acceptInvite(c.env.DB, invite.id, now).run();
    if (claimed.meta.changes !== 1) throw apiError(410, "link_expired", GONE);
    const agent = existing ?? { id: newAgentId(), name: name ?? invite.email, email: invite.email, passwordHash: await hashPassword(password) };
    await c.env.DB.batch([
      ...(existing ? [] : [insertAgent(c.env.DB, agent, now)]),
      upsertMembership(c.env.DB, invite.workspaceId, agent.id, invite.role, now),
      auditStatement(c.env.DB, {
        workspaceId: invite.workspaceId,
        actor: { id: agent.id, name: agent.name },
        action: "member.join",
        target: { type: "member", id: agent.id, label: agent.email },
        after: { role: invite.role, invite: invite.id },
      }),
    ]);
    await rosterStub(c.env, invite.workspaceId).reload();
    return c.json({ ...(await startSession(c, agent)), workspaces: await workspacesOf(c.env.DB, agent.id) });
  })
  .post("/password-resets/lookup", validate("json", Token), async (c) => {
    const reset = await resetByTokenHash(c.env.DB, await hashLinkToken(c.req.valid("json").token));
    const agent = reset && reset.usedAt === null && reset.expiresAt > Date.now() ? await findAgent(c.env.DB, reset.agentId) : null;
    if (!agent) throw apiError(410, "link_expired", GONE);
    return c.json({ email: agent.email, expiresAt: reset?.expiresAt });
  })
  // A new password ends every session of the account (a stolen one included), then logs in here.
  .post("/password-resets/use", validate("json", Reset), async (c) => {
    const { token, password } = c.req.valid("json");
    const now = Date.now();
    const reset = await resetByTokenHash(c.env.DB, await hashLinkToken(token));
    const agent = reset && reset.usedAt === null && reset.expiresAt > now ? await findAgent(c.env.DB, reset.agentId) : null;
    if (!reset || !agent) throw apiError(410, "link_expired", GONE);
    const used = await useReset(c.env.DB, reset.id, now).run();
    if (used.meta.changes !== 1) throw apiError(410, "link_expired", GONE);
    await c.env.DB.batch([setAgentPassword(c.env.DB, agent.id, await hashPassword(password)), revokeAgentSessions(c.env.DB, agent.id)]);
    const workspaceIds = (await workspacesOf(c.env.DB, agent.id)).map((w) => w.id);
    await disconnectAgent(c.env, { workspaceIds, who: { agentId: agent.id, sessionId: null }, code: 4401, reason: "password reset" });
    return c.json({ ...(await startSession(c, agent)), workspaces: await workspacesOf(c.env.DB, agent.id) });
  });
