import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { AdminSite } from "../api/admin-api.ts";
import type { SitesState } from "./use-sites.ts";

interface Props {
  sites: SitesState;
  testId: string;
  /** The settings of the site picked (the first until another is). */
  children: (site: AdminSite) => JSX.Element;
}

/** A per-site settings screen: the site picker above, that site's form below. */
export function SiteScoped({ sites, testId, children }: Props) {
  const [siteId, setSiteId] = useState<string | null>(null);
  const site = sites.sites.find((s) => s.id === siteId) ?? sites.sites[0] ?? null;
  if (!site) return <p class="muted">{sites.loading ? "Loading sites…" : "Add a site first."}</p>;
  return (
    <div class="admin-policy">
      <label class="field admin-field admin-site-pick">
        <span>Site</span>
        <select value={site.id} onChange={(e) => setSiteId(e.currentTarget.value)} data-testid={testId}>
          {sites.sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {children(site)}
    </div>
  );
}
