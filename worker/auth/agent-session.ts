import type { MemberRole } from "../workspaces/roles.ts";
import { randomId } from "./base64url.ts";
import { signToken, verifyToken } from "./signed-token.ts";

/** A workspace the agent may act in now (active memberships only). */
export interface AgentMembership {
  workspaceId: string;
  role: MemberRole;
}

/** An authenticated agent, as routes and Durable Objects see it. */
export interface AgentIdentity {
  id: string;
  name: string;
  email: string;
  sessionId: string;
  memberships: AgentMembership[];
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
): Promise<{ token: string; expiresAt: number; sessionId: string }> {
  const id = randomId(24);
  const now = Date.now();
  const expiresAt = now + hours * 3_600_000;
  await db
    .prepare("INSERT INTO agent_sessions (id, agent_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
    .bind(id, agentId, now, expiresAt)
    .run();
  return { token: await signToken(secret, PREFIX + id), expiresAt, sessionId: id };
}

/** The session's agent and their active memberships, in one round trip. */
export async function resolveAgentSession(db: D1Database, secret: string, token: string): Promise<AgentIdentity | null> {
  const payload = await verifyToken(secret, token);
  if (!payload?.startsWith(PREFIX)) return null;
  const sessionId = payload.slice(PREFIX.length);
  const now = Date.now();
  const [agents, memberships] = await db.batch([
    db
      .prepare(
        `SELECT a.id, a.name, a.email FROM agent_sessions s JOIN agents a ON a.id = s.agent_id
         WHERE s.id = ? AND s.expires_at > ?`,
      )
      .bind(sessionId, now),
    db
      .prepare(
        `SELECT m.workspace_id, m.role FROM agent_sessions s JOIN memberships m ON m.agent_id = s.agent_id
         WHERE s.id = ? AND s.expires_at > ? AND m.active = 1 ORDER BY m.workspace_id`,
      )
      .bind(sessionId, now),
  ]);
  const agent = (agents?.results as { id: string; name: string; email: string }[] | undefined)?.[0];
  if (!agent) return null;
  const rows = (memberships?.results ?? []) as { workspace_id: string; role: MemberRole }[];
  return { ...agent, sessionId, memberships: rows.map((r) => ({ workspaceId: r.workspace_id, role: r.role })) };
}

export async function revokeAgentSession(db: D1Database, sessionId: string): Promise<void> {
  await db.prepare("DELETE FROM agent_sessions WHERE id = ?").bind(sessionId).run();
}

/** Every session of the agent but `keep` (a password change keeps the device that made it). */
export function revokeAgentSessions(db: D1Database, agentId: string, keep: string | null = null): D1PreparedStatement {
  return db.prepare("DELETE FROM agent_sessions WHERE agent_id = ? AND id IS NOT ?").bind(agentId, keep);
}

/** The agent's live sessions, to close their sockets before revoking them. */
export async function sessionIdsOf(db: D1Database, agentId: string): Promise<string[]> {
  const { results } = await db.prepare("SELECT id FROM agent_sessions WHERE agent_id = ? AND expires_at > ?").bind(agentId, Date.now()).all<{ id: string }>();
  return results.map((r) => r.id);
}
