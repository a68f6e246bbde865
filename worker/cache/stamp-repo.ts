/** The version stamps of `scopes` (table cache_stamps, bumped by triggers; see migrations/0013), in one statement. */
export async function readStamps(db: D1Database, scopes: readonly string[]): Promise<Map<string, number>> {
  if (scopes.length === 0) return new Map();
  const { results } = await db
    .prepare(`SELECT scope, version FROM cache_stamps WHERE scope IN (${scopes.map(() => "?").join(", ")})`)
    .bind(...scopes)
    .all<{ scope: string; version: number }>();
  return new Map(results.map((r) => [r.scope, r.version]));
}
