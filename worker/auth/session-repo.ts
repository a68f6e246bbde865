import type { MemberRole } from "../workspaces/roles.ts";

/** Agent sessions in D1 (table agent_sessions): a row per signed-in device, so logout revokes it. */

export async function insertSession(db: D1Database, id: string, agentId: string, now: number, expiresAt: number): Promise<void> {
  await db.prepare("INSERT INTO agent_sessions (id, agent_id, created_at, expires_at) VALUES (?, ?, ?, ?)").bind(id, agentId, now, expiresAt).run();
}

/** The live session's agent and their active memberships, in one round trip; null when the session is unknown or expired. */
export async function sessionAgent(
  db: D1Database,
  sessionId: string,
  now: number,
): Promise<{ agent: { id: string; name: string; email: string }; memberships: { workspaceId: string; role: MemberRole }[] } | null> {
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
  return { agent, memberships: rows.map((r) => ({ workspaceId: r.workspace_id, role: r.role })) };
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
