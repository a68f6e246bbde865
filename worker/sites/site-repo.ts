import { AllowedOrigins, SiteSettings, type Site } from "./site-settings.ts";

type Row = { id: string; name: string; allowed_origins: string; settings: string };

const TTL_MS = 30_000;
const cache = new Map<string, { site: Site | null; until: number }>();

/** Loads a site, cached for a short while per isolate (settings edits show within 30 s). */
export async function loadSite(db: D1Database, siteId: string): Promise<Site | null> {
  const hit = cache.get(siteId);
  if (hit && hit.until > Date.now()) return hit.site;
  const row = await db
    .prepare("SELECT id, name, allowed_origins, settings FROM sites WHERE id = ?")
    .bind(siteId)
    .first<Row>();
  const site = row ? parseSite(row) : null;
  cache.set(siteId, { site, until: Date.now() + TTL_MS });
  return site;
}

export function forgetSite(siteId: string): void {
  cache.delete(siteId);
}

/** A stored site whose JSON no longer validates fails loudly with the site's id. */
export function parseSite(row: Row): Site {
  const settings = SiteSettings.safeParse(JSON.parse(row.settings));
  if (!settings.success) throw new Error(`site ${row.id}: invalid settings: ${settings.error.message}`);
  const origins = AllowedOrigins.safeParse(JSON.parse(row.allowed_origins));
  if (!origins.success) throw new Error(`site ${row.id}: invalid allowed_origins: ${origins.error.message}`);
  return { id: row.id, name: row.name, allowedOrigins: origins.data, settings: settings.data };
}

/** Whether a browser at `origin` may embed this site's widget. */
export function originAllowed(site: Site, origin: string | null | undefined): boolean {
  if (!origin) return false;
  return site.allowedOrigins.some((allowed) => allowed === "*" || allowed === origin);
}
