import { useEffect, useState } from "preact/hooks";
import { adminApi, type AdminSite, type Policy } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { FieldIssues } from "./field-issues.ts";
import { PolicyEditor } from "./policy-editor.tsx";
import { SiteScoped } from "./site-scoped.tsx";
import { TryMessage } from "./try-message.tsx";
import type { SitesState } from "./use-sites.ts";

/** When each site hands over to a person: the policy, with a box to try messages against it before saving. */
export function PolicyPanel({ sites }: { sites: SitesState }) {
  return (
    <SiteScoped sites={sites} testId="policy-site">
      {(site) => <SitePolicy key={site.id} site={site} onSaved={sites.replace} />}
    </SiteScoped>
  );
}

function SitePolicy({ site, onSaved }: { site: AdminSite; onSaved: (site: AdminSite) => void }) {
  const [policy, setPolicy] = useState<Policy>(site.settings.triggers);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [policy]);
  const issues = new FieldIssues(error);
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await adminApi.updateSite(site.id, { settings: { ...site.settings, triggers: policy } });
      onSaved(next);
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="admin-split admin-split-wide">
      <form class="admin-form" onSubmit={save} data-testid="policy-editor">
        {error !== null && (
          <p class="notice notice-error" role="alert" data-testid="policy-error">
            {issues.count > 0 ? `Not saved: ${issues.count} field${issues.count === 1 ? "" : "s"} to fix (marked below).` : describeError(error)}
          </p>
        )}
        {saved && <p class="notice notice-info" role="status" data-testid="policy-saved">Saved. Live conversations follow it within seconds.</p>}
        <PolicyEditor policy={policy} issues={issues} onChange={setPolicy} />
        <div class="admin-actions">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="policy-save">
            {busy ? "Saving…" : "Save policy"}
          </button>
          <button type="button" class="btn btn-ghost" onClick={() => setPolicy(site.settings.triggers)}>
            Undo changes
          </button>
        </div>
      </form>
      <aside class="admin-side">
        <TryMessage siteId={site.id} policy={policy} />
      </aside>
    </div>
  );
}
