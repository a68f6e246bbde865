import { Hono, type Context } from "hono";
import { z } from "zod";
import { revokeAgentSessions } from "../auth/session-repo.ts";
import { hashLinkToken, newLinkToken } from "../auth/link-token.ts";
import { createPasswordReset } from "../auth/password-reset-repo.ts";
import { createInvite, inviteById, pendingInvites, revokeInvite } from "../workspaces/invite-repo.ts";
import { activeOwnerCount, getMember, hasActiveMembership, listMembers, setMemberActive, setMemberRole, type Member } from "../workspaces/membership-repo.ts";
import { mayManage, MemberRole } from "../workspaces/roles.ts";
import { disconnectAgent } from "./agent-disconnect.ts";
import type { AppEnv } from "./app-env.ts";
import { audited } from "./audit.ts";
import { apiError } from "./errors.ts";
import { INVITE_TTL_MS, inviteUrl, passwordResetUrl, RESET_TTL_MS } from "./link-urls.ts";
import { validate } from "./validate.ts";
import { rosterStub } from "../durable/stubs.ts";
import { requireRole } from "./workspace-scope.ts";

const NewInvite = z.object({ email: z.email().max(320), role: MemberRole.default("agent") });
const MemberChange = z.object({ role: MemberRole.optional(), active: z.boolean().optional() });

/** The member named in the path, if the caller's role may manage theirs; an admin cannot touch an owner or another admin. */
async function manageable(c: Context<AppEnv>, agentId: string): Promise<Member> {
  const { workspaceId, role } = c.get("member");
  const member = await getMember(c.env.DB, workspaceId, agentId);
  if (!member) throw apiError(404, "not_found", `no member ${agentId} in this workspace`);
  if (!mayManage(role, member.role)) throw apiError(403, "forbidden", `an ${role} cannot manage an ${member.role}`);
  return member;
}

/** The last active owner must stay one: a workspace always has someone who can delete it or name admins. */
async function keepAnOwner(c: Context<AppEnv>, member: Member, losesOwnership: boolean): Promise<void> {
  if (!losesOwnership || member.role !== "owner" || !member.active) return;
  if ((await activeOwnerCount(c.env.DB, c.get("member").workspaceId)) <= 1) {
    throw apiError(409, "last_owner", "a workspace needs an owner: make someone else owner first");
  }
}

/** Members, invitations and password-reset links. Admins manage agents; owners manage everyone. */
export const memberRoutes = new Hono<AppEnv>()
  // Everyone may see who their teammates are (transfers and mentions need it).
  .get("/members", async (c) => c.json({ members: await listMembers(c.env.DB, c.get("member").workspaceId) }))
  .patch("/members/:agentId", requireRole("admin"), validate("json", MemberChange), async (c) => {
    const member = await manageable(c, c.req.param("agentId"));
    const change = c.req.valid("json");
    const { workspaceId, role } = c.get("member");
    if (change.role && !mayManage(role, change.role)) throw apiError(403, "forbidden", `an ${role} cannot make someone ${change.role}`);
    await keepAnOwner(c, member, (change.role !== undefined && change.role !== "owner") || change.active === false);
    const target = { type: "member", id: member.agentId, label: member.email };
    if (change.role && change.role !== member.role) {
      await setMemberRole(c.env.DB, workspaceId, member.agentId, change.role);
      await audited(c, { action: "member.role", target, before: { role: member.role }, after: { role: change.role } }).run();
    }
    if (change.active !== undefined && change.active !== member.active) {
      await setMemberActive(c.env.DB, workspaceId, member.agentId, change.active);
      await audited(c, { action: change.active ? "member.reactivate" : "member.deactivate", target, before: { active: member.active }, after: { active: change.active } }).run();
      if (!change.active) await cutOff(c, member.agentId);
    }
    await rosterStub(c.env, workspaceId).reload();
    return c.json({ member: await getMember(c.env.DB, workspaceId, member.agentId) });
  })
  .post("/members/:agentId/password-reset", requireRole("admin"), async (c) => {
    const member = await manageable(c, c.req.param("agentId"));
    const token = newLinkToken();
    await createPasswordReset(c.env.DB, { agentId: member.agentId, tokenHash: await hashLinkToken(token), createdBy: c.get("agent").id, ttlMs: RESET_TTL_MS });
    await audited(c, { action: "member.password_reset_link", target: { type: "member", id: member.agentId, label: member.email } }).run();
    // Until the deployment sends email, the admin copies the link to the member.
    return c.json({ url: passwordResetUrl(c.req.url, token), expiresAt: Date.now() + RESET_TTL_MS }, 201);
  })
  .get("/invites", requireRole("admin"), async (c) => c.json({ invites: await pendingInvites(c.env.DB, c.get("member").workspaceId) }))
  .post("/invites", requireRole("admin"), validate("json", NewInvite), async (c) => {
    const { email, role } = c.req.valid("json");
    const me = c.get("member");
    if (!mayManage(me.role, role)) throw apiError(403, "forbidden", `an ${me.role} cannot invite an ${role}`);
    const token = newLinkToken();
    const id = await createInvite(c.env.DB, { workspaceId: me.workspaceId, email, role, createdBy: c.get("agent").id, tokenHash: await hashLinkToken(token), ttlMs: INVITE_TTL_MS });
    await audited(c, { action: "invite.create", target: { type: "invite", id, label: email }, after: { email, role } }).run();
    return c.json({ invite: await inviteById(c.env.DB, me.workspaceId, id), url: inviteUrl(c.req.url, token) }, 201);
  })
  .delete("/invites/:inviteId", requireRole("admin"), async (c) => {
    const invite = await inviteById(c.env.DB, c.get("member").workspaceId, c.req.param("inviteId"));
    if (!invite) throw apiError(404, "not_found", `no invitation ${c.req.param("inviteId")}`);
    await revokeInvite(c.env.DB, invite.id);
    await audited(c, { action: "invite.revoke", target: { type: "invite", id: invite.id, label: invite.email } }).run();
    return c.json({ ok: true });
  });

/**
 * A deactivated member loses this workspace at once: their sockets here
 * close (4403), what they held goes back to the queue, and if this was their
 * only workspace their sessions end too.
 */
async function cutOff(c: Context<AppEnv>, agentId: string): Promise<void> {
  const { workspaceId } = c.get("member");
  await disconnectAgent(c.env, { workspaceIds: [workspaceId], who: { agentId, sessionId: null }, code: 4403, reason: "your access to this workspace was removed" });
  await rosterStub(c.env, workspaceId).releaseAgent(agentId, "deactivated");
  await rosterStub(c.env, workspaceId).reload();
  if (!(await hasActiveMembership(c.env.DB, agentId))) await revokeAgentSessions(c.env.DB, agentId).run();
}
