import { z } from "zod";
import { currentStamp, forgetStamps, siteScope } from "../cache/stamps.ts";
import { SiteSettings, type Site } from "./site-settings.ts";

// Read leniently: what older versions stored stays usable (edits are checked by AllowedOrigins).
const StoredOrigins = z.array(z.string());

type Row = { id: string; workspace_id: string; name: string; allowed_origins: string; settings: string };

/**
 * Sites are read on every visitor turn; this isolate keeps each one under its
 * version stamp (worker/cache/stamps.ts), bumped by a trigger on every write,
 * so an edit is seen on the next turn that refreshes the stamp.
 */
const cache = new Map<string, { site: Site | null; version: number }>();

const COLUMNS = "id, workspace_id, name, allowed_origins, settings";

export async function loadSite(db: D1Database, siteId: string): Promise<Site | null> {
  const version = await currentStamp(db, siteScope(siteId));
  const hit = cache.get(siteId);
  if (hit && hit.version === version) return hit.site;
  const row = await db.prepare(`SELECT ${COLUMNS} FROM sites WHERE id = ?`).bind(siteId).first<Row>();
  const site = row ? parseSite(row) : null;
  cache.set(siteId, { site, version });
  return site;
}

/** The site was written here: this isolate re-reads its stamp and row on next use. */
export function forgetSite(siteId: string): void {
  forgetStamps(siteScope(siteId));
  cache.delete(siteId);
}

export async function listSites(db: D1Database, workspaceId: string): Promise<Site[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM sites WHERE workspace_id = ? ORDER BY name, id`).bind(workspaceId).all<Row>();
  return results.map(parseSite);
}

export async function siteIdTaken(db: D1Database, siteId: string): Promise<boolean> {
  return (await db.prepare("SELECT 1 AS taken FROM sites WHERE id = ?").bind(siteId).first()) !== null;
}

/** Inserts or replaces a site (settings stored as given: only what differs from the defaults). */
export function saveSite(db: D1Database, site: Omit<Site, "settings"> & { settings: unknown }, now: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO sites (id, workspace_id, name, allowed_origins, settings, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, allowed_origins = excluded.allowed_origins,
         settings = excluded.settings
       WHERE sites.workspace_id = excluded.workspace_id`,
    )
    .bind(site.id, site.workspaceId, site.name, JSON.stringify(site.allowedOrigins), JSON.stringify(site.settings), now);
}

/** The settings JSON as stored, for editing (defaults are not written back). */
export async function storedSettings(db: D1Database, siteId: string): Promise<unknown> {
  const row = await db.prepare("SELECT settings FROM sites WHERE id = ?").bind(siteId).first<{ settings: string }>();
  return row ? (JSON.parse(row.settings) as unknown) : null;
}

/** A stored site whose JSON no longer validates fails loudly with the site's id. */
export function parseSite(row: Row): Site {
  const settings = SiteSettings.safeParse(JSON.parse(row.settings));
  if (!settings.success) throw new Error(`site ${row.id}: invalid settings: ${settings.error.message}`);
  const origins = StoredOrigins.safeParse(JSON.parse(row.allowed_origins));
  if (!origins.success) throw new Error(`site ${row.id}: invalid allowed_origins: ${origins.error.message}`);
  return { id: row.id, workspaceId: row.workspace_id, name: row.name, allowedOrigins: origins.data, settings: settings.data };
}

/** Whether a browser at `origin` may embed this site's widget. */
export function originAllowed(site: Site, origin: string | null | undefined): boolean {
  if (!origin) return false;
  return site.allowedOrigins.some((allowed) => allowed === "*" || allowed === origin);
}
