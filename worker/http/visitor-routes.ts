import { Hono } from "hono";
import { cors } from "hono/cors";
import { z } from "zod";
import { randomId } from "../auth/base64url.ts";
import { issueVisitorToken, readVisitorToken } from "../auth/visitor-token.ts";
import { readConfig, type Config } from "../config.ts";
import { VisitorInfo } from "../conversation/conversation.ts";
import { conversationStub, IDENTITY_HEADER, RENEWED_TOKEN_HEADER } from "../durable/stubs.ts";
import { PageInfo } from "../protocol/index.ts";
import { loadSite, originAllowed } from "../sites/site-repo.ts";
import type { Site } from "../sites/site-settings.ts";
import type { AppEnv } from "./app-env.ts";
import { startAllowed } from "../abuse/rate-limits.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";

const StartConversation = z.object({
  siteId: z.string().min(1).max(64),
  /** Stable per browser (localStorage), so agents see a visitor's earlier conversations. */
  visitorId: z.string().min(8).max(64).optional(),
  visitor: VisitorInfo.optional(),
  page: PageInfo.optional(),
});

export async function siteForOrigin(db: D1Database, siteId: string, origin: string | undefined): Promise<Site> {
  const site = await loadSite(db, siteId);
  if (!site) throw apiError(404, "unknown_site", `no site with id ${siteId}`);
  if (!originAllowed(site, origin)) {
    throw apiError(403, "origin_not_allowed", `origin ${origin ?? "(none)"} may not embed site ${siteId}`);
  }
  return site;
}

export function visitorTokenTtl(config: Config): number {
  return config.VISITOR_TOKEN_DAYS * 86_400_000;
}

/** What the widget calls: public, but bound to a site's allowed origins. */
export const visitorRoutes = new Hono<AppEnv>()
  // The widget runs on the customer's site, so these are cross-origin; the site check is the real gate.
  .use("/api/sites/*", cors({ origin: (origin) => origin, allowMethods: ["GET"] }))
  .use("/api/conversations", cors({ origin: (origin) => origin, allowMethods: ["POST"], allowHeaders: ["Content-Type"] }))
  // Name and greeting are public; browsers send no Origin on same-origin GETs, so only a foreign one is refused.
  .get("/api/sites/:siteId/widget", async (c) => {
    const origin = c.req.header("Origin");
    const site = origin
      ? await siteForOrigin(c.env.DB, c.req.param("siteId"), origin)
      : await loadSite(c.env.DB, c.req.param("siteId"));
    if (!site) throw apiError(404, "unknown_site", `no site with id ${c.req.param("siteId")}`);
    const { title, color, position } = site.settings.widget;
    // Read on every page view that shows the launcher: browsers may keep it a minute (an edit shows within that).
    c.header("Cache-Control", "public, max-age=60");
    c.header("Vary", "Origin");
    return c.json({ siteId: site.id, name: site.name, greeting: site.settings.greeting, title: title ?? site.name, color: color ?? null, position });
  })
  .post("/api/conversations", validate("json", StartConversation), async (c) => {
    const body = c.req.valid("json");
    const config = readConfig(c.env);
    const limited = await startAllowed(c.env, c.req.header("CF-Connecting-IP") ?? null);
    if (!limited.ok) {
      const refused = apiError(429, "rate_limited", limited.message);
      refused.res?.headers.set("Retry-After", "60");
      throw refused;
    }
    const site = await siteForOrigin(c.env.DB, body.siteId, c.req.header("Origin"));
    const conversationId = randomId(16);
    await conversationStub(c.env, conversationId).start(
      { id: conversationId, workspaceId: site.workspaceId, siteId: site.id, visitorId: body.visitorId ?? null, visitor: body.visitor ?? {}, page: body.page ?? null },
      site.settings.greeting,
    );
    const { token, expiresAt } = await issueVisitorToken(config.AUTH_SECRET, { conversationId, siteId: site.id }, visitorTokenTtl(config));
    return c.json({ conversationId, token, tokenExpiresAt: expiresAt }, 201);
  })
  .get("/ws/conversations/:id", async (c) => {
    if (c.req.header("Upgrade")?.toLowerCase() !== "websocket") throw apiError(426, "upgrade_required", "expected a WebSocket upgrade");
    const conversationId = c.req.param("id");
    const config = readConfig(c.env);
    const grant = await readVisitorToken(config.AUTH_SECRET, c.req.query("token") ?? "");
    if (!grant || grant.conversationId !== conversationId) {
      throw apiError(401, "bad_token", "this token does not open this conversation (or it has expired)");
    }
    await siteForOrigin(c.env.DB, grant.siteId, c.req.header("Origin"));
    const headers = new Headers(c.req.raw.headers);
    const address = c.req.header("CF-Connecting-IP");
    headers.set(IDENTITY_HEADER, JSON.stringify({ role: "visitor", ...(address ? { address } : {}) }));
    // Coming back renews the visitor's hold on the conversation.
    headers.set(RENEWED_TOKEN_HEADER, JSON.stringify(await issueVisitorToken(config.AUTH_SECRET, grant, visitorTokenTtl(config))));
    const response = await conversationStub(c.env, conversationId).fetch(new Request(c.req.url, { headers }));
    if (response.status === 404) throw apiError(404, "not_found", "this conversation no longer exists");
    return response;
  });
