import { useEffect, useRef, useState } from "preact/hooks";
import { kbApi } from "../api/kb-api.ts";
import { FieldError } from "./field-error.tsx";
import { type ImportOutcome, MAX_IMPORT_BATCH, MAX_URLS, parseUrlList } from "./import-outcome.ts";
import { ImportResults } from "./import-results.tsx";
import type { KbStore } from "./kb-store.ts";
import { readMarkdownFiles } from "./markdown-files.ts";

/** Bulk ways in: a folder (or files) of Markdown read in the browser, or a list of page URLs the server fetches. */
export function ImportPanel({ store }: { store: KbStore }) {
  const [busy, setBusy] = useState<"files" | "urls" | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [urlText, setUrlText] = useState("");
  const [urlError, setUrlError] = useState<string | undefined>(undefined);
  const folder = useRef<HTMLInputElement>(null);

  // Not in Preact's JSX types; every current browser supports picking a folder this way.
  useEffect(() => {
    if (folder.current) folder.current.webkitdirectory = true;
  }, []);

  const importFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ""; // picking the same folder again fires change again
    const siteId = store.siteId;
    if (files.length === 0 || !siteId || busy) return;
    setBusy("files");
    setOutcome(null);
    try {
      const read = await readMarkdownFiles(files);
      let imported = 0;
      for (let i = 0; i < read.articles.length; i += MAX_IMPORT_BATCH) {
        imported += await kbApi.importFiles(siteId, read.articles.slice(i, i + MAX_IMPORT_BATCH));
      }
      setOutcome({ kind: "files", imported, found: read.articles.length, notes: read.notes });
      if (imported > 0) await store.reload();
    } catch (error) {
      store.fail(error);
    } finally {
      setBusy(null);
    }
  };

  const importUrls = async () => {
    const siteId = store.siteId;
    if (!siteId || busy) return;
    const { urls, invalid } = parseUrlList(urlText);
    if (urls.length === 0) return setUrlError("Paste at least one page address, one per line.");
    if (invalid.length > 0) return setUrlError(`Not http(s) addresses: ${invalid.slice(0, 3).join(", ")}${invalid.length > 3 ? "…" : ""}`);
    if (urls.length > MAX_URLS) return setUrlError(`At most ${MAX_URLS} addresses at a time (you have ${urls.length}).`);
    setUrlError(undefined);
    setBusy("urls");
    setOutcome(null);
    try {
      const results = await kbApi.importUrls(siteId, urls);
      setOutcome({ kind: "urls", results });
      if (results.some((r) => r.ok)) await store.reload();
    } catch (error) {
      store.fail(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="kb-card" aria-labelledby="kb-import-heading">
      <h3 id="kb-import-heading">Import</h3>
      <p class="muted kb-card-note">
        Markdown files with optional front matter (<code>title</code>, <code>url</code>, <code>tags</code>). Re-importing a file updates its article.
      </p>
      <div class="kb-card-row">
        <label class={`btn btn-secondary btn-sm file-button ${busy ? "is-disabled" : ""}`}>
          {busy === "files" ? "Importing…" : "Import folder"}
          <input ref={folder} type="file" multiple disabled={busy !== null} onChange={(e) => void importFiles(e.currentTarget)} data-testid="kb-import-folder" />
        </label>
        <label class={`btn btn-ghost btn-sm file-button ${busy ? "is-disabled" : ""}`}>
          or pick files
          <input type="file" multiple accept=".md,.markdown,text/markdown" disabled={busy !== null} onChange={(e) => void importFiles(e.currentTarget)} data-testid="kb-import-files" />
        </label>
      </div>
      <div class="kb-field">
        <label for="kb-import-urls" class="kb-label">
          Page URLs <span class="muted">one per line, up to {MAX_URLS}</span>
        </label>
        <textarea
          id="kb-import-urls"
          rows={3}
          value={urlText}
          class={urlError ? "is-invalid" : ""}
          placeholder={"https://example.com/help/returns\nhttps://example.com/help/shipping"}
          aria-describedby={urlError ? "kb-error-urls" : undefined}
          onInput={(e) => {
            setUrlText(e.currentTarget.value);
            setUrlError(undefined);
          }}
          data-testid="kb-import-urls"
        />
        <FieldError id="kb-error-urls" message={urlError} />
      </div>
      <div class="kb-card-row">
        <button type="button" class="btn btn-secondary btn-sm" onClick={() => void importUrls()} disabled={busy !== null} data-testid="kb-import-urls-submit">
          {busy === "urls" ? "Fetching pages…" : "Import URLs"}
        </button>
      </div>
      {outcome && <ImportResults outcome={outcome} store={store} />}
    </section>
  );
}
