import { useState } from "preact/hooks";
import { kbApi } from "../api/kb-api.ts";
import type { KbStore } from "./kb-store.ts";

/** Computes vectors for passages stored without one (CLI imports, a failed embedding call). */
export function ReindexCard({ store }: { store: KbStore }) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<string | null>(null);

  const run = async () => {
    if (running || !store.siteId) return;
    setRunning(true);
    setResult(null);
    try {
      const embedded = await kbApi.reindex(store.siteId);
      setResult(embedded === 0 ? "Every passage already has its embedding." : `Embedded ${embedded} ${embedded === 1 ? "passage" : "passages"}.`);
    } catch (error) {
      store.fail(error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="kb-card" aria-labelledby="kb-reindex-heading">
      <h3 id="kb-reindex-heading">Embeddings</h3>
      <p class="muted kb-card-note">Semantic search needs a vector per passage. Fill in the missing ones after a bulk import.</p>
      <div class="kb-card-row">
        <button type="button" class="btn btn-secondary btn-sm" onClick={() => void run()} disabled={running || !store.siteId} data-testid="kb-reindex">
          {running ? "Reindexing…" : "Reindex embeddings"}
        </button>
        {result && (
          <span class="kb-ok" data-testid="kb-reindex-result">
            {result}
          </span>
        )}
      </div>
    </section>
  );
}
