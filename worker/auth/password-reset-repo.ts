import { randomId } from "./base64url.ts";

export interface PasswordReset {
  id: string;
  agentId: string;
  expiresAt: number;
  usedAt: number | null;
}

type Row = { id: string; agent_id: string; expires_at: number; used_at: number | null };

/** A new link replaces the agent's earlier unused ones. */
export async function createPasswordReset(
  db: D1Database,
  input: { agentId: string; tokenHash: string; createdBy: string; ttlMs: number },
  now = Date.now(),
): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM password_resets WHERE agent_id = ? AND used_at IS NULL").bind(input.agentId),
    db
      .prepare("INSERT INTO password_resets (id, agent_id, token_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(`pwr_${randomId(9)}`, input.agentId, input.tokenHash, input.createdBy, now, now + input.ttlMs),
  ]);
}

export async function resetByTokenHash(db: D1Database, tokenHash: string): Promise<PasswordReset | null> {
  const row = await db.prepare("SELECT id, agent_id, expires_at, used_at FROM password_resets WHERE token_hash = ?").bind(tokenHash).first<Row>();
  return row ? { id: row.id, agentId: row.agent_id, expiresAt: row.expires_at, usedAt: row.used_at } : null;
}

/** Marks it used; a second, concurrent use changes nothing (check `meta.changes`). */
export function useReset(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db.prepare("UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL").bind(now, id);
}
