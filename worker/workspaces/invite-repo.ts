import { randomId } from "../auth/base64url.ts";
import type { MemberRole } from "./roles.ts";

export interface Invite {
  id: string;
  workspaceId: string;
  workspaceName: string;
  email: string;
  role: MemberRole;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
  revokedAt: number | null;
}

type Row = {
  id: string;
  workspace_id: string;
  workspace_name: string;
  email: string;
  role: MemberRole;
  created_by: string;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
};

const SELECT = "SELECT i.*, w.name AS workspace_name FROM invites i JOIN workspaces w ON w.id = i.workspace_id";

export async function createInvite(
  db: D1Database,
  input: { workspaceId: string; email: string; role: MemberRole; createdBy: string; tokenHash: string; ttlMs: number },
  now = Date.now(),
): Promise<string> {
  const id = `inv_${randomId(9)}`;
  await db
    .prepare(
      `INSERT INTO invites (id, workspace_id, email, role, token_hash, created_by, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(id, input.workspaceId, input.email, input.role, input.tokenHash, input.createdBy, now, now + input.ttlMs)
    .run();
  return id;
}

/** Invitations not yet used, revoked or expired, newest first. */
export async function pendingInvites(db: D1Database, workspaceId: string, now = Date.now()): Promise<Invite[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE i.workspace_id = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ? ORDER BY i.created_at DESC`)
    .bind(workspaceId, now)
    .all<Row>();
  return results.map(toInvite);
}

export async function inviteByTokenHash(db: D1Database, tokenHash: string): Promise<Invite | null> {
  const row = await db.prepare(`${SELECT} WHERE i.token_hash = ?`).bind(tokenHash).first<Row>();
  return row ? toInvite(row) : null;
}

export async function inviteById(db: D1Database, workspaceId: string, id: string): Promise<Invite | null> {
  const row = await db.prepare(`${SELECT} WHERE i.workspace_id = ? AND i.id = ?`).bind(workspaceId, id).first<Row>();
  return row ? toInvite(row) : null;
}

/** Marks it used; the condition makes a second, concurrent use change nothing (check `meta.changes`). */
export function acceptInvite(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db.prepare("UPDATE invites SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL").bind(now, id);
}

export async function revokeInvite(db: D1Database, id: string, now = Date.now()): Promise<void> {
  await db.prepare("UPDATE invites SET revoked_at = ? WHERE id = ? AND accepted_at IS NULL").bind(now, id).run();
}

export function usable(invite: Invite, now = Date.now()): boolean {
  return invite.acceptedAt === null && invite.revokedAt === null && invite.expiresAt > now;
}

function toInvite(r: Row): Invite {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    workspaceName: r.workspace_name,
    email: r.email,
    role: r.role,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    acceptedAt: r.accepted_at,
    revokedAt: r.revoked_at,
  };
}
