import { Hono } from "hono";
import { z } from "zod";
import { randomId } from "../auth/base64url.ts";
import { forgetSite, listSites, saveSite, siteIdTaken, storedSettings } from "../sites/site-repo.ts";
import { minimize } from "../sites/settings-diff.ts";
import { AllowedOrigins, SiteId, SiteSettings, type Site } from "../sites/site-settings.ts";
import type { AppEnv } from "./app-env.ts";
import { audited } from "./audit.ts";
import { apiError } from "./errors.ts";
import { gapRoutes } from "./gap-routes.ts";
import { kbRoutes } from "./kb-routes.ts";
import { policyTryRoutes } from "./policy-try-routes.ts";
import { validate } from "./validate.ts";
import { requireRole, scopedSite } from "./workspace-scope.ts";

const DEFAULT_SETTINGS = SiteSettings.parse({});

const NewSite = z.object({
  name: z.string().trim().min(1).max(100),
  /** The widget's data-site; made from the name when absent. */
  id: SiteId.optional(),
  allowedOrigins: AllowedOrigins.default([]),
  settings: SiteSettings.default(DEFAULT_SETTINGS),
});

const SiteChange = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  allowedOrigins: AllowedOrigins.optional(),
  /** The whole settings object, as the console edits it; omitted fields take their defaults. */
  settings: SiteSettings.optional(),
});

/** What the console shows for a site: effective settings, and the tag to paste into the site's pages. */
function siteView(site: Site, requestUrl: string) {
  const origin = new URL(requestUrl).origin;
  return { ...site, embed: `<script src="${origin}/widget.js" data-site="${site.id}" async></script>` };
}

function slugFrom(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug.length >= 2 ? slug : "site";
}

/** A workspace's sites (the widget's data-site), their settings, and under each its knowledge base. */
export const siteRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const sites = await listSites(c.env.DB, c.get("member").workspaceId);
    return c.json({ sites: sites.map((site) => siteView(site, c.req.url)) });
  })
  .post("/", requireRole("admin"), validate("json", NewSite), async (c) => {
    const input = c.req.valid("json");
    let id = input.id ?? slugFrom(input.name);
    if (await siteIdTaken(c.env.DB, id)) {
      if (input.id) throw apiError(409, "site_id_taken", `a site with id ${id} already exists`);
      id = `${id.slice(0, 50)}-${randomId(4).toLowerCase().replace(/[^a-z0-9]/g, "x")}`;
    }
    const site: Site = { id, workspaceId: c.get("member").workspaceId, name: input.name, allowedOrigins: input.allowedOrigins, settings: input.settings };
    const stored = { ...site, settings: minimize(input.settings, DEFAULT_SETTINGS) };
    await c.env.DB.batch([
      saveSite(c.env.DB, stored, Date.now()),
      audited(c, { action: "site.create", target: { type: "site", id, label: site.name }, after: stored }),
    ]);
    return c.json({ site: siteView(site, c.req.url) }, 201);
  })
  .get("/:siteId", async (c) => {
    const site = await scopedSite(c, c.req.param("siteId"));
    return c.json({ site: siteView(site, c.req.url), stored: await storedSettings(c.env.DB, site.id) });
  })
  .patch("/:siteId", requireRole("admin"), validate("json", SiteChange), async (c) => {
    const site = await scopedSite(c, c.req.param("siteId"));
    const change = c.req.valid("json");
    const before = { name: site.name, allowedOrigins: site.allowedOrigins, settings: await storedSettings(c.env.DB, site.id) };
    const next: Site = {
      ...site,
      name: change.name ?? site.name,
      allowedOrigins: change.allowedOrigins ?? site.allowedOrigins,
      settings: change.settings ?? site.settings,
    };
    const after = { name: next.name, allowedOrigins: next.allowedOrigins, settings: minimize(next.settings, DEFAULT_SETTINGS) };
    await c.env.DB.batch([
      saveSite(c.env.DB, { ...next, settings: after.settings }, Date.now()),
      audited(c, { action: "site.update", target: { type: "site", id: site.id, label: next.name }, before, after }),
    ]);
    // This isolate sees the change at once; live conversations elsewhere within the site cache's TTL.
    forgetSite(site.id);
    return c.json({ site: siteView(next, c.req.url) });
  })
  .route("/:siteId/policy", policyTryRoutes)
  .route("/:siteId/gaps", gapRoutes)
  .route("/:siteId", kbRoutes);
