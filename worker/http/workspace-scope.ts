import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { conversationStub } from "../durable/stubs.ts";
import { loadSite } from "../sites/site-repo.ts";
import type { Site } from "../sites/site-settings.ts";
import { conversationWorkspace } from "../transcripts/transcript-repo.ts";
import { atLeast, type MemberRole } from "../workspaces/roles.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";

/**
 * Workspace isolation, in one place. Every agent route that touches a
 * workspace's data lives under /workspaces/:workspaceId, behind
 * `requireMember`; resources named in the path are loaded only through
 * `scopedSite` and `scopedConversation`, which refuse what belongs to another
 * workspace (403, or 4403 on a socket) however its id was learned.
 * test/http/isolation.test.ts walks every route of the app to hold this.
 */
export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const workspaceId = c.req.param("workspaceId") ?? "";
  const member = c.get("agent").memberships.find((m) => m.workspaceId === workspaceId);
  if (!member) throw apiError(403, "forbidden", `you are not a member of workspace ${workspaceId}`);
  c.set("member", member);
  await next();
});

/** Roles are enforced here, on the server; the console only hides what a role cannot use. */
export function requireRole(least: MemberRole) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!atLeast(c.get("member").role, least)) {
      throw apiError(403, "forbidden", `this needs the ${least} role in this workspace (you are ${c.get("member").role})`);
    }
    await next();
  });
}

/** A site of the current workspace. */
export async function scopedSite(c: Context<AppEnv>, siteId: string): Promise<Site> {
  const site = await loadSite(c.env.DB, siteId);
  if (!site) throw apiError(404, "unknown_site", `no site with id ${siteId}`);
  if (site.workspaceId !== c.get("member").workspaceId) throw apiError(403, "forbidden", `site ${siteId} is not in this workspace`);
  return site;
}

/**
 * Checks a conversation belongs to the current workspace. D1 knows most; a
 * conversation started a moment ago may not be there yet, so its Durable
 * Object is asked then.
 */
export async function scopedConversation(c: Context<AppEnv>, conversationId: string): Promise<void> {
  const owner = (await conversationWorkspace(c.env.DB, conversationId)) ?? (await conversationStub(c.env, conversationId).describe())?.workspaceId;
  if (!owner) throw apiError(404, "not_found", `no conversation ${conversationId}`);
  if (owner !== c.get("member").workspaceId) throw apiError(403, "forbidden", `conversation ${conversationId} is not in this workspace`);
}
