/**
 * The audit log: who changed which setting, member or article, when, with
 * the value before and after. Entries are statements so they can share a
 * batch with the change they describe: no change without its entry.
 */
export interface AuditEntry {
  workspaceId: string;
  actor: { id: string; name: string };
  /** e.g. "site.update", "member.role", "article.delete". */
  action: string;
  target: { type: string; id: string; label?: string | null };
  before?: unknown;
  after?: unknown;
}

export interface AuditRecord {
  id: number;
  actor: { id: string; name: string };
  action: string;
  target: { type: string; id: string; label: string | null };
  before: unknown;
  after: unknown;
  at: number;
}

type Row = {
  id: number;
  actor_id: string;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string;
  target_label: string | null;
  before: string | null;
  after: string | null;
  at: number;
};

export function auditStatement(db: D1Database, entry: AuditEntry, now = Date.now()): D1PreparedStatement {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return db
    .prepare(
      `INSERT INTO audit_log (workspace_id, actor_id, actor_name, action, target_type, target_id, target_label, before, after, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      entry.workspaceId,
      entry.actor.id,
      entry.actor.name,
      entry.action,
      entry.target.type,
      entry.target.id,
      entry.target.label ?? null,
      json(entry.before),
      json(entry.after),
      now,
    );
}

/** Newest first; page with `before` (the last entry's id). */
export async function listAudit(db: D1Database, workspaceId: string, page: { before?: number; limit: number }): Promise<AuditRecord[]> {
  const { results } = await db
    .prepare("SELECT * FROM audit_log WHERE workspace_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
    .bind(workspaceId, page.before ?? Number.MAX_SAFE_INTEGER, page.limit)
    .all<Row>();
  return results.map((r) => ({
    id: r.id,
    actor: { id: r.actor_id, name: r.actor_name },
    action: r.action,
    target: { type: r.target_type, id: r.target_id, label: r.target_label },
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    at: r.at,
  }));
}
