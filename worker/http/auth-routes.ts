import { Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { createAgentSession } from "../auth/agent-session.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { readConfig } from "../config.ts";
import type { AppEnv } from "./app-env.ts";
import { SESSION_COOKIE } from "./agent-auth.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";

const Login = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(512) });

// Hashing a throwaway password for unknown emails keeps the response time from revealing which emails exist.
const decoy = hashPassword("decoy password for timing");

export const authRoutes = new Hono<AppEnv>().post("/login", validate("json", Login), async (c) => {
  const { email, password } = c.req.valid("json");
  const config = readConfig(c.env);
  const agent = await c.env.DB.prepare("SELECT id, name, email, password_hash FROM agents WHERE email = ?")
    .bind(email)
    .first<{ id: string; name: string; email: string; password_hash: string }>();
  const ok = await verifyPassword(password, agent?.password_hash ?? (await decoy));
  if (!agent || !ok) throw apiError(401, "bad_credentials", "that email and password do not match an agent");
  const { token, expiresAt } = await createAgentSession(c.env.DB, config.AUTH_SECRET, agent.id, config.AGENT_SESSION_HOURS);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: new URL(c.req.url).protocol === "https:",
    sameSite: "Strict",
    path: "/",
    expires: new Date(expiresAt),
  });
  return c.json({ agent: { id: agent.id, name: agent.name, email: agent.email }, token, expiresAt });
});

/** Clears the cookie; the session row itself is revoked by /api/agent/logout. */
export function clearSessionCookie(c: Parameters<typeof deleteCookie>[0]): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}
