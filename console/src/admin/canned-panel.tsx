import { useState } from "preact/hooks";
import { cannedApi, type CannedResponse } from "../api/canned-api.ts";
import { CannedEditor } from "./canned-editor.tsx";
import { useLoaded } from "./use-loaded.ts";

const NEW = "__new__";

/** The workspace's canned responses: every agent inserts them with / in the reply box; admins keep them here. */
export function CannedPanel({ onChanged }: { onChanged: () => void }) {
  const { data: items, loading, error, reload } = useLoaded(() => cannedApi.list(), [] as CannedResponse[]);
  const [selected, setSelected] = useState<string | null>(null);
  const current = selected === NEW ? null : (items.find((c) => c.id === selected) ?? items[0] ?? null);
  const creating = selected === NEW || (!loading && items.length === 0);
  return (
    <div class="admin-split">
      <aside class="admin-list" aria-label="Canned responses">
        {error && <p class="text-bad">{error}</p>}
        <ul data-testid="canned-list">
          {items.map((c) => (
            <li key={c.id}>
              <button type="button" class={`admin-item ${!creating && c.id === current?.id ? "is-active" : ""}`} onClick={() => setSelected(c.id)} data-testid="canned-item" data-shortcut={c.shortcut}>
                <strong class="mono">/{c.shortcut}</strong>
                <small class="muted">{c.title}</small>
              </button>
            </li>
          ))}
        </ul>
        {loading && <p class="muted">Loading…</p>}
        <button type="button" class={`admin-item ${creating ? "is-active" : ""}`} onClick={() => setSelected(NEW)} data-testid="canned-new">
          <strong>+ New canned response</strong>
          <small class="muted">Placeholders: {"{visitor.name}"}, {"{agent.name}"}, {"{site.name}"}</small>
        </button>
      </aside>
      <div class="admin-main">
        {!loading && (
        <CannedEditor
          key={creating ? NEW : (current?.id ?? NEW)}
          canned={creating ? null : current}
          onSaved={async (id) => {
            await reload();
            setSelected(id);
            onChanged();
          }}
        />
        )}
      </div>
    </div>
  );
}
