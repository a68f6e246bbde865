import { Hono } from "hono";
import { z } from "zod";
import { conversationStub, queueStub } from "../durable/stubs.ts";
import { listAudit } from "../workspaces/audit-repo.ts";
import { conversationIdsOf, deleteWorkspace, getWorkspace, renameWorkspace, setRetention } from "../workspaces/workspace-repo.ts";
import type { AppEnv } from "./app-env.ts";
import { audited } from "./audit.ts";
import { cannedRoutes } from "./canned-routes.ts";
import { conversationRoutes } from "./conversation-routes.ts";
import { apiError } from "./errors.ts";
import { memberRoutes } from "./member-routes.ts";
import { reportRoutes } from "./report-routes.ts";
import { siteRoutes } from "./site-routes.ts";
import { teamRoutes } from "./team-routes.ts";
import { validate } from "./validate.ts";
import { requireMember, requireRole } from "./workspace-scope.ts";

/** The workspace's settings an admin may change: its name, and how many days conversations are kept (null: forever). */
const Settings = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    retentionDays: z.number().int().min(1).max(3650).nullable().optional(),
  })
  .refine((body) => body.name !== undefined || body.retentionDays !== undefined, "give a name or retentionDays");
const Delete = z.object({ confirm: z.string() });
const AuditPage = z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Everything of one workspace, for its members only (see workspace-scope.ts). */
export const workspaceRoutes = new Hono<AppEnv>()
  .use("*", requireMember)
  .get("/", async (c) => {
    const workspace = await getWorkspace(c.env.DB, c.get("member").workspaceId);
    if (!workspace) throw apiError(404, "not_found", "this workspace no longer exists");
    return c.json({ workspace: { ...workspace, role: c.get("member").role } });
  })
  .patch("/", requireRole("admin"), validate("json", Settings), async (c) => {
    const { workspaceId } = c.get("member");
    const before = await getWorkspace(c.env.DB, workspaceId);
    if (!before) throw apiError(404, "not_found", "this workspace no longer exists");
    const { name, retentionDays } = c.req.valid("json");
    if (name !== undefined && name !== before.name) {
      await renameWorkspace(c.env.DB, workspaceId, name);
      await audited(c, { action: "workspace.rename", target: { type: "workspace", id: workspaceId, label: name }, before: { name: before.name }, after: { name } }).run();
    }
    if (retentionDays !== undefined && retentionDays !== before.retentionDays) {
      await setRetention(c.env.DB, workspaceId, retentionDays);
      await audited(c, {
        action: "workspace.retention",
        target: { type: "workspace", id: workspaceId, label: name ?? before.name },
        before: { retentionDays: before.retentionDays },
        after: { retentionDays },
      }).run();
    }
    const after = { ...before, ...(name !== undefined ? { name } : {}), ...(retentionDays !== undefined ? { retentionDays } : {}) };
    return c.json({ workspace: { ...after, role: c.get("member").role } });
  })
  // Owners only, and only with the workspace's name typed back: this cannot be undone.
  .delete("/", requireRole("owner"), validate("json", Delete), async (c) => {
    const { workspaceId } = c.get("member");
    const workspace = await getWorkspace(c.env.DB, workspaceId);
    if (!workspace) throw apiError(404, "not_found", "this workspace no longer exists");
    if (c.req.valid("json").confirm !== workspace.name) throw apiError(400, "confirm_mismatch", "type the workspace's name exactly to delete it");
    // Each conversation's Durable Object forgets it too (sockets closed, storage erased) before D1's rows go.
    for (let after = ""; ; ) {
      const ids = await conversationIdsOf(c.env.DB, workspaceId, after, 100);
      await Promise.all(ids.map((id) => conversationStub(c.env, id).erase()));
      if (ids.length < 100) break;
      after = ids[ids.length - 1] ?? after;
    }
    await queueStub(c.env, workspaceId).erase();
    await deleteWorkspace(c.env.DB, workspaceId);
    return c.json({ ok: true });
  })
  .get("/audit", requireRole("admin"), validate("query", AuditPage), async (c) => {
    return c.json({ entries: await listAudit(c.env.DB, c.get("member").workspaceId, c.req.valid("query")) });
  })
  .route("/conversations", conversationRoutes)
  .route("/canned", cannedRoutes)
  .route("/reports", reportRoutes)
  .route("/", teamRoutes)
  .route("/sites", siteRoutes)
  .route("/", memberRoutes);
