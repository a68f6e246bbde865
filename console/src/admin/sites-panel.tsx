import { useState } from "preact/hooks";
import { adminApi } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";
import { SiteEditor } from "./site-editor.tsx";
import type { SitesState } from "./use-sites.ts";

/** The workspace's sites: pick one to edit, or add one. */
export function SitesPanel({ sites }: { sites: SitesState }) {
  const [selected, setSelected] = useState<string | null>(null);
  const current = sites.sites.find((s) => s.id === selected) ?? sites.sites[0] ?? null;
  return (
    <div class="admin-split">
      <aside class="admin-list" aria-label="Sites">
        <ul data-testid="site-list">
          {sites.sites.map((site) => (
            <li key={site.id}>
              <button type="button" class={`admin-item ${site.id === current?.id ? "is-active" : ""}`} onClick={() => setSelected(site.id)} data-testid="site-item" data-site-id={site.id}>
                <strong>{site.name}</strong>
                <small class="muted">{site.id}</small>
              </button>
            </li>
          ))}
        </ul>
        {sites.loading && <p class="muted">Loading sites…</p>}
        {sites.error && <p class="text-bad">{sites.error}</p>}
        <NewSite
          onCreated={(site) => {
            sites.replace(site);
            setSelected(site.id);
          }}
        />
      </aside>
      <div class="admin-main">
        {current ? <SiteEditor key={current.id} site={current} onSaved={sites.replace} /> : !sites.loading && <p class="muted">No site yet: add one to get the snippet to embed.</p>}
      </div>
    </div>
  );
}

function NewSite({ onCreated }: { onCreated: (site: Awaited<ReturnType<typeof adminApi.createSite>>) => void }) {
  const [name, setName] = useState("");
  const [origin, setOrigin] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const issues = new FieldIssues(error);
  const create = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await adminApi.createSite(name.trim(), origin.trim() ? [origin.trim()] : []));
      setName("");
      setOrigin("");
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="admin-card" onSubmit={create} data-testid="new-site">
      <h3>Add a site</h3>
      <Labelled label="Name" error={issues.at("name")}>
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="My Shop" data-testid="new-site-name" />
      </Labelled>
      <Labelled label="Origin" hint="Where it will be embedded; more can be added later." error={issues.at("allowedOrigins")}>
        <input value={origin} onInput={(e) => setOrigin(e.currentTarget.value)} placeholder="https://shop.example.com" data-testid="new-site-origin" />
      </Labelled>
      {error !== null && issues.count === 0 && <p class="text-bad">{describeError(error)}</p>}
      <button type="submit" class="btn btn-primary btn-sm" disabled={busy || !name.trim()} data-testid="new-site-submit">
        Add site
      </button>
    </form>
  );
}
