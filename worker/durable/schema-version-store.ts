/**
 * Where a Durable Object's SQLite keeps its schema version (table
 * schema_version, one row), and the one place a migration step is run.
 */

/** The stored version; 0 for a new object (the table is made on first read). */
export function readSchemaVersion(sql: SqlStorage): { version: number; stored: boolean } {
  sql.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const row = sql.exec<{ version: number }>("SELECT version FROM schema_version").toArray()[0];
  return { version: row?.version ?? 0, stored: row !== undefined };
}

export function writeSchemaVersion(sql: SqlStorage, version: number, stored: boolean): void {
  if (stored) sql.exec("UPDATE schema_version SET version = ?", version);
  else sql.exec("INSERT INTO schema_version (version) VALUES (?)", version);
}

/** Runs one step of a schema (each object's steps live in its own *-store.ts or schema.ts). */
export function runSchemaStep(sql: SqlStorage, step: string): void {
  sql.exec(step);
}
