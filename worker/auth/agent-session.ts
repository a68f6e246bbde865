import { randomId } from "./base64url.ts";
import { signToken, verifyToken } from "./signed-token.ts";

/** An authenticated agent, as routes and Durable Objects see it. */
export interface AgentIdentity {
  id: string;
  name: string;
  email: string;
  sessionId: string;
}

const PREFIX = "v1:agent:";

/**
 * Sessions are rows in D1 (so logout revokes them) named by a signed token
 * (so garbage is rejected without touching D1).
 */
export async function createAgentSession(
  db: D1Database,
  secret: string,
  agentId: string,
  hours: number,
): Promise<{ token: string; expiresAt: number }> {
  const id = randomId(24);
  const now = Date.now();
  const expiresAt = now + hours * 3_600_000;
  await db
    .prepare("INSERT INTO agent_sessions (id, agent_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
    .bind(id, agentId, now, expiresAt)
    .run();
  return { token: await signToken(secret, PREFIX + id), expiresAt };
}

export async function resolveAgentSession(db: D1Database, secret: string, token: string): Promise<AgentIdentity | null> {
  const payload = await verifyToken(secret, token);
  if (!payload?.startsWith(PREFIX)) return null;
  const sessionId = payload.slice(PREFIX.length);
  const row = await db
    .prepare(
      `SELECT a.id, a.name, a.email FROM agent_sessions s JOIN agents a ON a.id = s.agent_id
       WHERE s.id = ? AND s.expires_at > ?`,
    )
    .bind(sessionId, Date.now())
    .first<{ id: string; name: string; email: string }>();
  return row ? { ...row, sessionId } : null;
}

export async function revokeAgentSession(db: D1Database, sessionId: string): Promise<void> {
  await db.prepare("DELETE FROM agent_sessions WHERE id = ?").bind(sessionId).run();
}
