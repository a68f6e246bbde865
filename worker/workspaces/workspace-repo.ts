import { randomId } from "../auth/base64url.ts";
import type { MemberRole } from "./roles.ts";

export interface Workspace {
  id: string;
  name: string;
  createdAt: number;
}

/** Days a conversation is kept after its last activity (null: forever); the retention sweep deletes older ones. */
export interface WorkspaceRetention {
  retentionDays: number | null;
}

/** Routing defaults kept on the workspace row. */
export interface WorkspaceRouting {
  defaultCapacity: number;
  allAssignment: "manual" | "auto";
}

/** A workspace as one of its members sees it in their list. */
export interface MyWorkspace extends Workspace {
  role: MemberRole;
}

type Row = { id: string; name: string; created_at: number };

export function newWorkspaceId(): string {
  return `ws_${randomId(9)}`;
}

/** The workspace and its first owner, in one batch. */
export async function createWorkspace(db: D1Database, workspace: Workspace, ownerId: string): Promise<Workspace> {
  await db.batch([
    db.prepare("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)").bind(workspace.id, workspace.name, workspace.createdAt),
    db
      .prepare("INSERT INTO memberships (workspace_id, agent_id, role, active, created_at) VALUES (?, ?, 'owner', 1, ?)")
      .bind(workspace.id, ownerId, workspace.createdAt),
  ]);
  return workspace;
}

export async function getWorkspace(db: D1Database, id: string): Promise<(Workspace & WorkspaceRouting & WorkspaceRetention) | null> {
  const row = await db
    .prepare("SELECT id, name, created_at, default_capacity, all_assignment, retention_days FROM workspaces WHERE id = ?")
    .bind(id)
    .first<Row & { default_capacity: number; all_assignment: "manual" | "auto"; retention_days: number | null }>();
  return row
    ? {
        id: row.id,
        name: row.name,
        createdAt: row.created_at,
        defaultCapacity: row.default_capacity,
        allAssignment: row.all_assignment,
        retentionDays: row.retention_days,
      }
    : null;
}

export async function setRetention(db: D1Database, id: string, days: number | null): Promise<void> {
  await db.prepare("UPDATE workspaces SET retention_days = ? WHERE id = ?").bind(days, id).run();
}

export async function renameWorkspace(db: D1Database, id: string, name: string): Promise<void> {
  await db.prepare("UPDATE workspaces SET name = ? WHERE id = ?").bind(name, id).run();
}

/** The workspaces an agent is an active member of, by name. */
export async function workspacesOf(db: D1Database, agentId: string): Promise<MyWorkspace[]> {
  const { results } = await db
    .prepare(
      `SELECT w.id, w.name, w.created_at, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
       WHERE m.agent_id = ? AND m.active = 1 ORDER BY w.name, w.id`,
    )
    .bind(agentId)
    .all<Row & { role: MemberRole }>();
  return results.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, role: r.role }));
}

/** Conversation ids of a workspace, a page at a time (its Durable Objects are erased before the rows go). */
export async function conversationIdsOf(db: D1Database, workspaceId: string, after: string, limit: number): Promise<string[]> {
  const { results } = await db
    .prepare("SELECT id FROM conversations WHERE workspace_id = ? AND id > ? ORDER BY id LIMIT ?")
    .bind(workspaceId, after, limit)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/**
 * Deletes a workspace and everything it owns in D1, in one batch: its sites
 * with their knowledge bases (passages and full-text rows), conversations and
 * messages, usage counters, invitations, memberships and audit log.
 */
export async function deleteWorkspace(db: D1Database, id: string): Promise<void> {
  const sites = "SELECT id FROM sites WHERE workspace_id = ?1";
  const conversations = "SELECT id FROM conversations WHERE workspace_id = ?1";
  await db.batch(
    [
      `DELETE FROM kb_fts WHERE rowid IN (SELECT id FROM kb_passages WHERE site_id IN (${sites}))`,
      `DELETE FROM messages WHERE conversation_id IN (${conversations})`,
      "DELETE FROM conversations WHERE workspace_id = ?1",
      `DELETE FROM ai_usage WHERE site_id IN (${sites})`,
      // Articles and passages follow their site (ON DELETE CASCADE).
      "DELETE FROM sites WHERE workspace_id = ?1",
      "DELETE FROM audit_log WHERE workspace_id = ?1",
      // Memberships and invitations follow their workspace.
      "DELETE FROM workspaces WHERE id = ?1",
    ].map((sql) => db.prepare(sql).bind(id)),
  );
}

/** Creates or renames a workspace with a known id (the demo seed, the setup command). */
export function upsertWorkspace(db: D1Database, workspace: Workspace): D1PreparedStatement {
  return db
    .prepare("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name")
    .bind(workspace.id, workspace.name, workspace.createdAt);
}

/** Moves a site, with its conversations, into a workspace (the demo site from the pre-workspace 'default'). */
export function moveSiteStatements(db: D1Database, siteId: string, workspaceId: string): D1PreparedStatement[] {
  return [
    db.prepare("UPDATE sites SET workspace_id = ? WHERE id = ?").bind(workspaceId, siteId),
    db.prepare("UPDATE conversations SET workspace_id = ? WHERE site_id = ?").bind(workspaceId, siteId),
  ];
}
