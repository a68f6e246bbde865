import { randomId } from "../auth/base64url.ts";

/** A saved reply of a workspace; `shortcut` is what the agent types after "/" in the composer. */
export interface CannedResponse {
  id: string;
  shortcut: string;
  title: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** The agent who last wrote it, when known. */
  updatedBy: string | null;
}

export interface CannedInput {
  shortcut: string;
  title: string;
  text: string;
}

type Row = { id: string; shortcut: string; title: string; text: string; created_at: number; updated_at: number; updated_by: string | null };

/** How many a workspace may keep: a picker with more is no longer searchable at a glance. */
export const CANNED_LIMIT = 500;

function toCanned(row: Row): CannedResponse {
  return { id: row.id, shortcut: row.shortcut, title: row.title, text: row.text, createdAt: row.created_at, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

export function newCannedId(): string {
  return `cr_${randomId(9)}`;
}

export async function listCanned(db: D1Database, workspaceId: string): Promise<CannedResponse[]> {
  const { results } = await db.prepare("SELECT * FROM canned_responses WHERE workspace_id = ? ORDER BY shortcut").bind(workspaceId).all<Row>();
  return results.map(toCanned);
}

export async function getCanned(db: D1Database, workspaceId: string, id: string): Promise<CannedResponse | null> {
  const row = await db.prepare("SELECT * FROM canned_responses WHERE workspace_id = ? AND id = ?").bind(workspaceId, id).first<Row>();
  return row ? toCanned(row) : null;
}

export async function cannedCount(db: D1Database, workspaceId: string): Promise<number> {
  return (await db.prepare("SELECT count(*) AS n FROM canned_responses WHERE workspace_id = ?").bind(workspaceId).first<{ n: number }>())?.n ?? 0;
}

/** Whether another response of the workspace already answers to this shortcut. */
export async function shortcutTaken(db: D1Database, workspaceId: string, shortcut: string, exceptId: string | null): Promise<boolean> {
  const row = await db
    .prepare("SELECT 1 AS yes FROM canned_responses WHERE workspace_id = ? AND shortcut = ? AND id != ?")
    .bind(workspaceId, shortcut, exceptId ?? "")
    .first();
  return row !== null;
}

/** Creates or replaces one response; a statement, to share a batch with its audit entry. */
export function saveCanned(db: D1Database, workspaceId: string, response: CannedResponse): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO canned_responses (id, workspace_id, shortcut, title, text, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET shortcut = excluded.shortcut, title = excluded.title, text = excluded.text,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by
       WHERE canned_responses.workspace_id = excluded.workspace_id`,
    )
    .bind(response.id, workspaceId, response.shortcut, response.title, response.text, response.createdAt, response.updatedAt, response.updatedBy);
}

export function deleteCanned(db: D1Database, workspaceId: string, id: string): D1PreparedStatement {
  return db.prepare("DELETE FROM canned_responses WHERE workspace_id = ? AND id = ?").bind(workspaceId, id);
}
