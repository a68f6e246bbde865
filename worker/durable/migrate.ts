import { readSchemaVersion, runSchemaStep, writeSchemaVersion } from "./schema-version-store.ts";

/**
 * Versioned schema for a Durable Object's SQLite: each step runs once, in
 * order, and the version is stored beside the data, so objects created by an
 * older deployment are brought up to date when they next wake.
 */
export function migrate(sql: SqlStorage, steps: readonly string[]): void {
  const { version: current, stored } = readSchemaVersion(sql);
  if (current >= steps.length) return;
  for (let i = current; i < steps.length; i++) runSchemaStep(sql, steps[i] ?? "");
  writeSchemaVersion(sql, steps.length, stored);
}
