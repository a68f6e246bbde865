import { Hono, type Context } from "hono";
import { z } from "zod";
import { rosterStub } from "../durable/stubs.ts";
import { ALL_TEAM } from "../routing/choose-team.ts";
import { deleteTeam, listTeams, saveTeam, setMemberCapacity, setRoutingDefaults } from "../workspaces/team-repo.ts";
import { getMember } from "../workspaces/membership-repo.ts";
import { getWorkspace } from "../workspaces/workspace-repo.ts";
import type { AppEnv } from "./app-env.ts";
import { audited } from "./audit.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { requireRole } from "./workspace-scope.ts";

const TeamId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "lowercase letters, digits, - and _")
  .refine((id) => id !== ALL_TEAM, `"${ALL_TEAM}" is the whole workspace`);

const TeamInput = z.object({
  name: z.string().trim().min(1).max(60),
  assignment: z.enum(["manual", "auto"]).default("manual"),
  offerSeconds: z.number().int().min(5).max(600).default(30),
  members: z.array(z.string().min(1).max(64)).max(1000).default([]),
});
const RoutingDefaults = z.object({ defaultCapacity: z.number().int().min(1).max(50), allAssignment: z.enum(["manual", "auto"]) });
const Capacity = z.object({ capacity: z.number().int().min(1).max(50).nullable() });

/** The roster reads teams and capacities from D1: after a change it must read them again. */
async function refreshRoster(c: Context<AppEnv>): Promise<void> {
  await rosterStub(c.env, c.get("member").workspaceId).reload();
}

/** Teams (who takes which handoffs, and how), capacity per agent, and the workspace's defaults. */
export const teamRoutes = new Hono<AppEnv>()
  .get("/teams", async (c) => {
    const { workspaceId } = c.get("member");
    const workspace = await getWorkspace(c.env.DB, workspaceId);
    return c.json({ teams: await listTeams(c.env.DB, workspaceId), defaults: workspace ? { defaultCapacity: workspace.defaultCapacity, allAssignment: workspace.allAssignment } : null });
  })
  .put("/teams/:teamId", requireRole("admin"), validate("json", TeamInput), async (c) => {
    const id = TeamId.safeParse(c.req.param("teamId"));
    if (!id.success) throw apiError(400, "invalid_request", `teamId: ${id.error.issues[0]?.message ?? "invalid"}`);
    const input = c.req.valid("json");
    const team = { id: id.data, ...input };
    await saveTeam(c.env.DB, c.get("member").workspaceId, team);
    await audited(c, { action: "team.save", target: { type: "team", id: team.id, label: team.name }, after: team }).run();
    await refreshRoster(c);
    return c.json({ team });
  })
  .delete("/teams/:teamId", requireRole("admin"), async (c) => {
    const teamId = c.req.param("teamId");
    if (!(await deleteTeam(c.env.DB, c.get("member").workspaceId, teamId))) throw apiError(404, "not_found", `no team ${teamId}`);
    await audited(c, { action: "team.delete", target: { type: "team", id: teamId } }).run();
    await refreshRoster(c);
    return c.json({ ok: true });
  })
  .patch("/routing", requireRole("admin"), validate("json", RoutingDefaults), async (c) => {
    const defaults = c.req.valid("json");
    await setRoutingDefaults(c.env.DB, c.get("member").workspaceId, defaults);
    await audited(c, { action: "routing.defaults", target: { type: "workspace", id: c.get("member").workspaceId }, after: defaults }).run();
    await refreshRoster(c);
    return c.json({ defaults });
  })
  .patch("/members/:agentId/capacity", requireRole("admin"), validate("json", Capacity), async (c) => {
    const agentId = c.req.param("agentId");
    if (!(await getMember(c.env.DB, c.get("member").workspaceId, agentId))) throw apiError(404, "not_found", `no member ${agentId} in this workspace`);
    const { capacity } = c.req.valid("json");
    await setMemberCapacity(c.env.DB, c.get("member").workspaceId, agentId, capacity);
    await audited(c, { action: "member.capacity", target: { type: "member", id: agentId }, after: { capacity } }).run();
    await refreshRoster(c);
    return c.json({ capacity });
  });
