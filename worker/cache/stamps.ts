import { readStamps } from "./stamp-repo.ts";

/**
 * What this isolate knows of D1's version stamps (cache_stamps). Caches of
 * D1 data (the site, knowledge-base statistics, vector matrices) remember
 * the stamp they were filled under and are used only while it is current.
 *
 * A conversation refreshes its site's stamps once per visitor turn (one
 * statement, three rows), so an edit made anywhere is seen on the next
 * question. Code that did not refresh (timers, HTTP routes) trusts a stamp
 * for STAMP_TTL_MS, then once more while it is re-read, and never past
 * STAMP_MAX_AGE_MS; a write in this isolate forgets it at once.
 */
export const STAMP_TTL_MS = 10_000;
export const STAMP_MAX_AGE_MS = 60_000;

const known = new Map<string, { version: number; at: number }>();

export const siteScope = (siteId: string) => `site:${siteId}`;
export const kbScope = (siteId: string) => `kb:${siteId}`;
/** The fts5vocab statistics cover every site's passages. */
export const KB_GLOBAL = "kb";

/** The scopes one conversation turn depends on. */
export function turnScopes(siteId: string): string[] {
  return [siteScope(siteId), kbScope(siteId), KB_GLOBAL];
}

/** Reads the stamps from D1 now (a scope without a row has version 0: nothing was ever written there). */
export async function refreshStamps(db: D1Database, scopes: readonly string[], now = Date.now()): Promise<void> {
  const stamps = await readStamps(db, scopes);
  for (const scope of scopes) known.set(scope, { version: stamps.get(scope) ?? 0, at: now });
}

/**
 * The scope's stamp as last read. Older than STAMP_TTL_MS, it is still used
 * once while a fresh read goes on in the background (a timer or a route does
 * not wait for D1 on a hit); older than STAMP_MAX_AGE_MS, or unknown, it is
 * read first.
 */
export async function currentStamp(db: D1Database, scope: string, now = Date.now()): Promise<number> {
  const hit = known.get(scope);
  if (hit && now - hit.at < STAMP_TTL_MS) return hit.version;
  if (hit && now - hit.at < STAMP_MAX_AGE_MS) {
    // Marked as read now so concurrent callers start one refresh, not one each.
    known.set(scope, { version: hit.version, at: now });
    void refreshStamps(db, [scope], now).catch((error) => console.warn(`stamp ${scope}: refresh failed:`, String(error)));
    return hit.version;
  }
  await refreshStamps(db, [scope], now);
  return known.get(scope)?.version ?? 0;
}

/** A write in this isolate: whatever was cached under these scopes is re-read on its next use. */
export function forgetStamps(...scopes: string[]): void {
  for (const scope of scopes) known.delete(scope);
}
