import { TIMERS_SCHEMA } from "../durable/timer-store.ts";
import type { AgentStatus } from "../protocol/index.ts";
import type { Assignment, RosterConfig } from "../workspaces/team-repo.ts";

/** Steps for durable/migrate.ts; append, never edit a shipped step. */
export const ROSTER_SCHEMA: readonly string[] = [
  `
CREATE TABLE IF NOT EXISTS agents (
  agent_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  -- What the agent chose in the console.
  chosen TEXT NOT NULL DEFAULT 'online',
  -- Open presence sockets (rebuilt from getWebSockets after hibernation).
  connected INTEGER NOT NULL DEFAULT 0,
  -- NULL while the console is open (or within the grace after it closed); 'away', later 'offline', after.
  -- An agent who never connected is offline.
  gone TEXT DEFAULT 'offline',
  active INTEGER NOT NULL DEFAULT 0,
  offered INTEGER NOT NULL DEFAULT 0,
  last_assigned_at INTEGER NOT NULL DEFAULT 0,
  member INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS agents_pick ON agents (active, offered, last_assigned_at);
CREATE TABLE IF NOT EXISTS teams (team_id TEXT PRIMARY KEY, name TEXT NOT NULL, assignment TEXT NOT NULL, offer_seconds INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS team_agents (team_id TEXT NOT NULL, agent_id TEXT NOT NULL, PRIMARY KEY (team_id, agent_id));
CREATE INDEX IF NOT EXISTS team_agents_agent ON team_agents (agent_id);
-- Every conversation an agent holds (active) or is being offered: capacity is counted from here.
CREATE TABLE IF NOT EXISTS holds (conversation_id TEXT PRIMARY KEY, agent_id TEXT NOT NULL, team_id TEXT NOT NULL, kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS holds_agent ON holds (agent_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
${TIMERS_SCHEMA}
`,
];

export interface RosterAgent {
  agentId: string;
  name: string;
  capacity: number;
  status: AgentStatus;
  active: number;
  offered: number;
}

export interface TeamInfo {
  teamId: string;
  name: string;
  assignment: Assignment;
  offerSeconds: number;
}

type AgentRow = { agent_id: string; name: string; capacity: number; chosen: AgentStatus; connected: number; gone: AgentStatus | null; active: number; offered: number };

/** SQL for "this agent takes conversations now": chose online, has the console open (or is within the grace). */
const ONLINE = "a.member = 1 AND a.chosen = 'online' AND a.gone IS NULL";

/** The roster's SQLite: agents, teams, and who holds which conversation. */
export class RosterStore {
  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  loaded(): boolean {
    return this.sql.exec("SELECT 1 FROM meta WHERE key = 'loaded'").toArray().length > 0;
  }

  /** Replaces agents' names and capacities and the teams from D1; load and status survive. */
  sync(config: RosterConfig, allTeamName: string): void {
    this.sql.exec("UPDATE agents SET member = 0");
    for (const agent of config.agents) {
      this.sql.exec(
        `INSERT INTO agents (agent_id, name, capacity) VALUES (?, ?, ?)
         ON CONFLICT (agent_id) DO UPDATE SET name = excluded.name, capacity = excluded.capacity, member = 1`,
        agent.id,
        agent.name,
        agent.capacity,
      );
    }
    this.sql.exec("DELETE FROM teams");
    this.sql.exec("DELETE FROM team_agents");
    this.sql.exec("INSERT INTO teams VALUES ('all', ?, ?, 30)", allTeamName, config.allAssignment);
    for (const agent of config.agents) this.sql.exec("INSERT INTO team_agents VALUES ('all', ?)", agent.id);
    for (const team of config.teams) {
      this.sql.exec("INSERT INTO teams VALUES (?, ?, ?, ?)", team.id, team.name, team.assignment, team.offerSeconds);
      for (const agentId of team.members) this.sql.exec("INSERT OR IGNORE INTO team_agents VALUES (?, ?)", team.id, agentId);
    }
    this.sql.exec("INSERT INTO meta VALUES ('loaded', '1') ON CONFLICT (key) DO NOTHING");
  }

  team(teamId: string): TeamInfo | null {
    const row = this.sql.exec<{ team_id: string; name: string; assignment: Assignment; offer_seconds: number }>("SELECT * FROM teams WHERE team_id = ?", teamId).toArray()[0];
    return row ? { teamId: row.team_id, name: row.name, assignment: row.assignment, offerSeconds: row.offer_seconds } : null;
  }

  teamsOf(agentId: string): TeamInfo[] {
    return this.sql
      .exec<{ team_id: string; name: string; assignment: Assignment; offer_seconds: number }>(
        "SELECT t.* FROM teams t JOIN team_agents m ON m.team_id = t.team_id WHERE m.agent_id = ? ORDER BY t.team_id = 'all', t.name",
        agentId,
      )
      .toArray()
      .map((row) => ({ teamId: row.team_id, name: row.name, assignment: row.assignment, offerSeconds: row.offer_seconds }));
  }

  agent(agentId: string): RosterAgent | null {
    const row = this.sql.exec<AgentRow>("SELECT * FROM agents WHERE agent_id = ? AND member = 1", agentId).toArray()[0];
    return row ? toAgent(row) : null;
  }

  /**
   * Least busy first (held plus offered), then whoever has waited longest
   * since their last assignment; online, in the team, with a free slot, not
   * among `exclude`. One indexed query: no loop over the team in JavaScript.
   */
  pick(teamId: string, exclude: readonly string[]): string | null {
    const skip = exclude.length > 0 ? `AND a.agent_id NOT IN (${exclude.map(() => "?").join(", ")})` : "";
    const row = this.sql
      .exec<{ agent_id: string }>(
        `SELECT a.agent_id FROM agents a JOIN team_agents m ON m.agent_id = a.agent_id
         WHERE m.team_id = ? AND ${ONLINE} AND a.active + a.offered < a.capacity ${skip}
         ORDER BY a.active + a.offered, a.last_assigned_at, a.agent_id LIMIT 1`,
        teamId,
        ...exclude,
      )
      .toArray()[0];
    return row?.agent_id ?? null;
  }

  hold(conversationId: string): { agentId: string; teamId: string; kind: "offer" | "active" } | null {
    const row = this.sql.exec<{ agent_id: string; team_id: string; kind: "offer" | "active" }>("SELECT * FROM holds WHERE conversation_id = ?", conversationId).toArray()[0];
    return row ? { agentId: row.agent_id, teamId: row.team_id, kind: row.kind } : null;
  }

  holdsOf(agentId: string): { conversationId: string; teamId: string; kind: "offer" | "active" }[] {
    return this.sql
      .exec<{ conversation_id: string; team_id: string; kind: "offer" | "active" }>("SELECT * FROM holds WHERE agent_id = ?", agentId)
      .toArray()
      .map((r) => ({ conversationId: r.conversation_id, teamId: r.team_id, kind: r.kind }));
  }

  /** Records a hold and keeps the agent's counters in step, in one place. */
  putHold(conversationId: string, agentId: string, teamId: string, kind: "offer" | "active", now: number): void {
    this.dropHold(conversationId);
    this.sql.exec("INSERT INTO holds VALUES (?, ?, ?, ?)", conversationId, agentId, teamId, kind);
    const column = kind === "offer" ? "offered" : "active";
    this.sql.exec(`UPDATE agents SET ${column} = ${column} + 1${kind === "active" ? ", last_assigned_at = ?" : ""} WHERE agent_id = ?`, ...(kind === "active" ? [now, agentId] : [agentId]));
  }

  dropHold(conversationId: string): { agentId: string; teamId: string } | null {
    const hold = this.hold(conversationId);
    if (!hold) return null;
    this.sql.exec("DELETE FROM holds WHERE conversation_id = ?", conversationId);
    const column = hold.kind === "offer" ? "offered" : "active";
    this.sql.exec(`UPDATE agents SET ${column} = max(0, ${column} - 1) WHERE agent_id = ?`, hold.agentId);
    return { agentId: hold.agentId, teamId: hold.teamId };
  }

  setChosen(agentId: string, status: AgentStatus): void {
    this.sql.exec("UPDATE agents SET chosen = ? WHERE agent_id = ?", status, agentId);
  }

  setConnected(agentId: string, sockets: number): void {
    this.sql.exec(`UPDATE agents SET connected = ?${sockets > 0 ? ", gone = NULL" : ""} WHERE agent_id = ?`, sockets, agentId);
  }

  setGone(agentId: string, gone: "away" | "offline"): void {
    this.sql.exec("UPDATE agents SET gone = ? WHERE agent_id = ? AND connected = 0", gone, agentId);
  }

  /** Online agents of a team and their capacity: the basis of the visitor's wait estimate. */
  teamLoad(teamId: string): { online: number; slots: number; free: number } {
    return this.sql
      .exec<{ online: number; slots: number | null; used: number | null }>(
        `SELECT count(*) AS online, sum(a.capacity) AS slots, sum(min(a.capacity, a.active + a.offered)) AS used
         FROM agents a JOIN team_agents m ON m.agent_id = a.agent_id WHERE m.team_id = ? AND ${ONLINE}`,
        teamId,
      )
      .toArray()
      .map((r) => ({ online: r.online, slots: r.slots ?? 0, free: Math.max(0, (r.slots ?? 0) - (r.used ?? 0)) }))[0] ?? { online: 0, slots: 0, free: 0 };
  }
}

function toAgent(row: AgentRow): RosterAgent {
  const status: AgentStatus = row.chosen === "offline" ? "offline" : (row.gone ?? row.chosen);
  return { agentId: row.agent_id, name: row.name, capacity: row.capacity, status, active: row.active, offered: row.offered };
}
