import { Hono, type Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { findAgentByEmail } from "../auth/agent-repo.ts";
import { createAgentSession } from "../auth/agent-session.ts";
import { clearLoginFailures, loginRetryAfterMs, recordLoginFailure } from "../auth/login-throttle.ts";
import { DECOY_HASH, verifyPassword } from "../auth/password.ts";
import { readConfig } from "../config.ts";
import type { AppEnv } from "./app-env.ts";
import { SESSION_COOKIE } from "./agent-auth.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";

const Login = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(512) });

/** Logs the agent in on this device: a session row, its cookie for the console, and the token for other clients. */
export async function startSession(c: Context<AppEnv>, agent: { id: string; name: string; email: string }) {
  const config = readConfig(c.env);
  const { token, expiresAt } = await createAgentSession(c.env.DB, config.AUTH_SECRET, agent.id, config.AGENT_SESSION_HOURS);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: new URL(c.req.url).protocol === "https:",
    sameSite: "Strict",
    path: "/",
    expires: new Date(expiresAt),
  });
  return { agent: { id: agent.id, name: agent.name, email: agent.email }, token, expiresAt };
}

export const authRoutes = new Hono<AppEnv>().post("/login", validate("json", Login), async (c) => {
  const { email, password } = c.req.valid("json");
  const attempt = { email, ip: c.req.header("CF-Connecting-IP") ?? "unknown" };
  const waitMs = await loginRetryAfterMs(c.env.DB, attempt);
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    const refused = apiError(429, "too_many_attempts", `too many failed logins; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`);
    refused.res?.headers.set("Retry-After", String(Math.ceil(waitMs / 1000)));
    throw refused;
  }
  const agent = await findAgentByEmail(c.env.DB, email);
  // An unknown email costs the same hashing as a wrong password, and gets the same answer.
  const ok = await verifyPassword(password, agent?.passwordHash ?? DECOY_HASH);
  if (!agent || !ok) {
    await recordLoginFailure(c.env.DB, attempt);
    throw apiError(401, "bad_credentials", "that email and password do not match an agent");
  }
  await clearLoginFailures(c.env.DB, attempt);
  return c.json(await startSession(c, agent));
});

/** Clears the cookie; the session row itself is revoked by /api/agent/logout. */
export function clearSessionCookie(c: Parameters<typeof deleteCookie>[0]): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}
