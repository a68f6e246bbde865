import type { MemberRole } from "./roles.ts";
import type { Assignment, RosterConfig, Team } from "./team.ts";

export type { Assignment, RosterConfig, Team };

type TeamRow = { id: string; name: string; assignment: Assignment; offer_seconds: number };

export async function listTeams(db: D1Database, workspaceId: string): Promise<Team[]> {
  const [teams, members] = await db.batch([
    db.prepare("SELECT id, name, assignment, offer_seconds FROM teams WHERE workspace_id = ? ORDER BY name, id").bind(workspaceId),
    db.prepare("SELECT team_id, agent_id FROM team_members WHERE workspace_id = ?").bind(workspaceId),
  ]);
  const byTeam = new Map<string, string[]>();
  for (const row of (members?.results ?? []) as { team_id: string; agent_id: string }[]) {
    byTeam.set(row.team_id, [...(byTeam.get(row.team_id) ?? []), row.agent_id]);
  }
  return ((teams?.results ?? []) as TeamRow[]).map((t) => ({
    id: t.id,
    name: t.name,
    assignment: t.assignment,
    offerSeconds: t.offer_seconds,
    members: byTeam.get(t.id) ?? [],
  }));
}

/** Creates or replaces a team and its members, in one batch. */
export async function saveTeam(db: D1Database, workspaceId: string, team: Team, now = Date.now()): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO teams (workspace_id, id, name, assignment, offer_seconds, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name, assignment = excluded.assignment, offer_seconds = excluded.offer_seconds`,
      )
      .bind(workspaceId, team.id, team.name, team.assignment, team.offerSeconds, now),
    db.prepare("DELETE FROM team_members WHERE workspace_id = ? AND team_id = ?").bind(workspaceId, team.id),
    ...team.members.map((agentId) =>
      db
        .prepare(
          `INSERT INTO team_members (workspace_id, team_id, agent_id)
           SELECT ?, ?, agent_id FROM memberships WHERE workspace_id = ? AND agent_id = ?`,
        )
        .bind(workspaceId, team.id, workspaceId, agentId),
    ),
  ]);
}

export async function deleteTeam(db: D1Database, workspaceId: string, teamId: string): Promise<boolean> {
  const result = await db.prepare("DELETE FROM teams WHERE workspace_id = ? AND id = ?").bind(workspaceId, teamId).run();
  return result.meta.changes > 0;
}

export async function setRoutingDefaults(db: D1Database, workspaceId: string, defaults: { defaultCapacity: number; allAssignment: Assignment }): Promise<void> {
  await db
    .prepare("UPDATE workspaces SET default_capacity = ?, all_assignment = ? WHERE id = ?")
    .bind(defaults.defaultCapacity, defaults.allAssignment, workspaceId)
    .run();
}

export async function setMemberCapacity(db: D1Database, workspaceId: string, agentId: string, capacity: number | null): Promise<void> {
  await db.prepare("UPDATE memberships SET capacity = ? WHERE workspace_id = ? AND agent_id = ?").bind(capacity, workspaceId, agentId).run();
}

export async function rosterConfig(db: D1Database, workspaceId: string): Promise<RosterConfig> {
  const [workspace, agents] = await db.batch([
    db.prepare("SELECT default_capacity, all_assignment FROM workspaces WHERE id = ?").bind(workspaceId),
    db
      .prepare(
        `SELECT a.id, a.name, m.role, m.capacity FROM memberships m JOIN agents a ON a.id = m.agent_id
         WHERE m.workspace_id = ? AND m.active = 1`,
      )
      .bind(workspaceId),
  ]);
  const defaults = (workspace?.results[0] ?? { default_capacity: 3, all_assignment: "manual" }) as { default_capacity: number; all_assignment: Assignment };
  const rows = (agents?.results ?? []) as { id: string; name: string; role: MemberRole; capacity: number | null }[];
  return {
    defaultCapacity: defaults.default_capacity,
    allAssignment: defaults.all_assignment,
    agents: rows.map((r) => ({ id: r.id, name: r.name, role: r.role, capacity: r.capacity ?? defaults.default_capacity })),
    teams: await listTeams(db, workspaceId),
  };
}
