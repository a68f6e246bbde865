import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { resolveAgentSession } from "../auth/agent-session.ts";
import { readConfig } from "../config.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";

export const SESSION_COOKIE = "baton_session";

/**
 * Agent routes need a session: the console's cookie, or a bearer token for
 * other clients. A cookie is only honoured from our own origin, so another
 * site cannot ride an agent's session (cross-site WebSocket hijacking, CSRF).
 */
export const requireAgent = createMiddleware<AppEnv>(async (c, next) => {
  const bearer = c.req.header("Authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const cookie = getCookie(c, SESSION_COOKIE);
  const token = bearer ?? cookie;
  if (!token) throw apiError(401, "unauthenticated", "log in first");
  if (!bearer && (c.req.method !== "GET" || c.req.header("Upgrade"))) {
    const origin = c.req.header("Origin");
    if (origin && origin !== new URL(c.req.url).origin) throw apiError(403, "forbidden", "cross-origin request refused");
  }
  const agent = await resolveAgentSession(c.env.DB, readConfig(c.env).AUTH_SECRET, token);
  if (!agent) throw apiError(401, "session_expired", "your session has expired; log in again");
  c.set("agent", agent);
  await next();
});
