/**
 * Versioned schema for a Durable Object's SQLite: each step runs once, in
 * order, and the version is stored beside the data, so objects created by an
 * older deployment are brought up to date when they next wake.
 */
export function migrate(sql: SqlStorage, steps: readonly string[]): void {
  sql.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const row = sql.exec<{ version: number }>("SELECT version FROM schema_version").toArray()[0];
  const current = row?.version ?? 0;
  if (current >= steps.length) return;
  for (let i = current; i < steps.length; i++) sql.exec(steps[i] ?? "");
  if (row) sql.exec("UPDATE schema_version SET version = ?", steps.length);
  else sql.exec("INSERT INTO schema_version (version) VALUES (?)", steps.length);
}
