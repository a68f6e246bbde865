import type { MemberRole } from "./roles.ts";

export interface Member {
  agentId: string;
  name: string;
  email: string;
  role: MemberRole;
  active: boolean;
  joinedAt: number;
  /** When they last logged in (any workspace), if ever. */
  lastLoginAt: number | null;
  /** Conversations at once; null: the workspace's default. */
  capacity: number | null;
}

type Row = { agent_id: string; name: string; email: string; role: MemberRole; active: number; created_at: number; last_login: number | null; capacity: number | null };

const SELECT_MEMBER = `SELECT m.agent_id, a.name, a.email, m.role, m.active, m.created_at, m.capacity,
         (SELECT max(s.created_at) FROM agent_sessions s WHERE s.agent_id = m.agent_id) AS last_login
       FROM memberships m JOIN agents a ON a.id = m.agent_id`;

export async function listMembers(db: D1Database, workspaceId: string): Promise<Member[]> {
  const { results } = await db
    .prepare(`${SELECT_MEMBER} WHERE m.workspace_id = ? ORDER BY m.active DESC, a.name COLLATE NOCASE, a.email`)
    .bind(workspaceId)
    .all<Row>();
  return results.map(toMember);
}

export async function getMember(db: D1Database, workspaceId: string, agentId: string): Promise<Member | null> {
  const row = await db.prepare(`${SELECT_MEMBER} WHERE m.workspace_id = ? AND m.agent_id = ?`).bind(workspaceId, agentId).first<Row>();
  return row ? toMember(row) : null;
}

/** Adds the agent (by id, or by email for scripts that do not know it), or brings a former member back with the given role. */
export function upsertMembership(
  db: D1Database,
  workspaceId: string,
  agent: string | { email: string },
  role: MemberRole,
  now: number,
): D1PreparedStatement {
  const [where, key] = typeof agent === "string" ? ["id = ?", agent] : ["email = ?", agent.email];
  return db
    .prepare(
      `INSERT INTO memberships (workspace_id, agent_id, role, active, created_at) SELECT ?, id, ?, 1, ? FROM agents WHERE ${where}
       ON CONFLICT (workspace_id, agent_id) DO UPDATE SET role = excluded.role, active = 1`,
    )
    .bind(workspaceId, role, now, key);
}

export async function setMemberRole(db: D1Database, workspaceId: string, agentId: string, role: MemberRole): Promise<void> {
  await db.prepare("UPDATE memberships SET role = ? WHERE workspace_id = ? AND agent_id = ?").bind(role, workspaceId, agentId).run();
}

export async function setMemberActive(db: D1Database, workspaceId: string, agentId: string, active: boolean): Promise<void> {
  await db
    .prepare("UPDATE memberships SET active = ? WHERE workspace_id = ? AND agent_id = ?")
    .bind(active ? 1 : 0, workspaceId, agentId)
    .run();
}

/** A workspace must keep an owner: the last one cannot leave, be deactivated or lose the role. */
export async function activeOwnerCount(db: D1Database, workspaceId: string): Promise<number> {
  const row = await db
    .prepare("SELECT count(*) AS n FROM memberships WHERE workspace_id = ? AND role = 'owner' AND active = 1")
    .bind(workspaceId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Whether the agent can still work anywhere (else a deactivation ends their sessions too). */
export async function hasActiveMembership(db: D1Database, agentId: string): Promise<boolean> {
  return (await db.prepare("SELECT 1 AS yes FROM memberships WHERE agent_id = ? AND active = 1").bind(agentId).first()) !== null;
}

function toMember(r: Row): Member {
  return {
    agentId: r.agent_id,
    name: r.name,
    email: r.email,
    role: r.role,
    active: r.active === 1,
    joinedAt: r.created_at,
    lastLoginAt: r.last_login,
    capacity: r.capacity,
  };
}
