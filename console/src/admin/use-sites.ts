import { useEffect, useState } from "preact/hooks";
import { type AdminSite, adminApi } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";

export interface SitesState {
  sites: AdminSite[];
  loading: boolean;
  error: string | null;
  /** Put a saved site in place (or add a new one), without reloading the list. */
  replace(site: AdminSite): void;
}

/** The workspace's sites, loaded once per panel. */
export function useSites(): SitesState {
  const [sites, setSites] = useState<AdminSite[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    adminApi
      .sites()
      .then(setSites, (failure: unknown) => setError(describeError(failure)))
      .finally(() => setLoading(false));
  }, []);
  const replace = (site: AdminSite) =>
    setSites((current) => (current.some((s) => s.id === site.id) ? current.map((s) => (s.id === site.id ? site : s)) : [...current, site]));
  return { sites, loading, error, replace };
}
