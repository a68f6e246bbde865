import type { ImportOutcome } from "./import-outcome.ts";
import type { KbStore } from "./kb-store.ts";

/** What the last import did: a count and notes for files, one line per URL for pages. */
export function ImportResults({ outcome, store }: { outcome: ImportOutcome; store: KbStore }) {
  if (outcome.kind === "files") {
    return (
      <div class="kb-results" data-testid="kb-import-results" aria-live="polite">
        <p class={outcome.imported > 0 ? "kb-ok" : "text-warn"}>
          {outcome.imported > 0
            ? `Imported ${outcome.imported} ${outcome.imported === 1 ? "article" : "articles"} from ${outcome.found} Markdown ${outcome.found === 1 ? "file" : "files"}.`
            : "No Markdown articles found in what you picked."}
        </p>
        {outcome.notes.length > 0 && (
          <ul class="kb-notes">
            {outcome.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const ok = outcome.results.filter((r) => r.ok).length;
  return (
    <div class="kb-results" data-testid="kb-import-results" aria-live="polite">
      <p class={ok === outcome.results.length ? "kb-ok" : "text-warn"}>
        {ok} of {outcome.results.length} {outcome.results.length === 1 ? "page" : "pages"} imported.
      </p>
      <ul class="kb-url-results">
        {outcome.results.map((r) => (
          <li key={r.url} class={r.ok ? "is-ok" : "is-failed"} data-testid="kb-import-result" data-ok={r.ok ? "true" : "false"}>
            <span class="kb-result-icon" aria-hidden="true">
              {r.ok ? "✓" : "✕"}
            </span>
            <span class="kb-result-text">
              {r.ok && r.id ? (
                <button type="button" class="link-button" onClick={() => r.id && store.open({ kind: "article", id: r.id })}>
                  {r.title ?? r.url}
                </button>
              ) : (
                <span class="kb-result-url">{r.url}</span>
              )}
              {!r.ok && <span class="kb-result-error">{(r.error ?? "Failed.").replace(/^Error:\s*/, "")}</span>}
              {r.ok && <span class="muted kb-result-url">{r.url}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
