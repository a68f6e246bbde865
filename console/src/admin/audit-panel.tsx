import { useEffect, useState } from "preact/hooks";
import { adminApi, type AuditEntry } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { formatTime } from "../lib/format.ts";

const PAGE = 50;

function json(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

/** Who changed which setting, member or article, and when, newest first, with the value before and after. */
export function AuditPanel() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async (before: number | null) => {
    try {
      const page = await adminApi.audit(before);
      setEntries((current) => (before === null ? page : [...current, ...page]));
      setMore(page.length === PAGE);
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  useEffect(() => void load(null), []);
  return (
    <div class="admin-main admin-audit">
      {error && <p class="notice notice-error">{error}</p>}
      {entries.length === 0 && !error && <p class="muted">Nothing has been changed yet.</p>}
      <ol class="audit-list" data-testid="audit-list">
        {entries.map((entry) => (
          <li key={entry.id} class="audit-entry" data-testid="audit-entry" data-action={entry.action}>
            <details>
              <summary>
                <span class="muted">{formatTime(entry.at)}</span> <strong>{entry.actor.name}</strong> <code>{entry.action}</code> {entry.target.label ?? entry.target.id}
              </summary>
              <div class="audit-diff">
                <div>
                  <h4>Before</h4>
                  <pre>{json(entry.before)}</pre>
                </div>
                <div>
                  <h4>After</h4>
                  <pre>{json(entry.after)}</pre>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ol>
      {more && (
        <button type="button" class="btn btn-secondary btn-sm" onClick={() => void load(entries.at(-1)?.id ?? null)}>
          Older changes
        </button>
      )}
    </div>
  );
}
