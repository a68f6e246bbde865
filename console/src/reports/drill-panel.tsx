import { PastTranscriptView } from "../history/past-transcript.tsx";
import { formatTime } from "../lib/format.ts";
import { CsvLink } from "./csv-link.tsx";
import type { ReportsStore } from "./reports-store.ts";

/** The conversations behind a clicked figure or row; one opens in the history screen's transcript view. */
export function DrillPanel({ store, myName, csv }: { store: ReportsStore; myName: string; csv: string | null }) {
  const drill = store.drill;
  if (!drill) return null;
  const result = drill.result;
  return (
    <aside class="report-drill" data-testid="report-drill" data-metric={drill.target.metric} data-group={drill.target.group?.id ?? ""} aria-label="Conversations behind the figure">
      <header class="report-section-head">
        <h2>{drill.label}</h2>
        <CsvLink href={csv} table="conversations" />
        <button type="button" class="btn btn-ghost btn-xs" onClick={() => store.closeDrill()} data-testid="report-drill-close">
          Close
        </button>
      </header>
      {store.transcript ? (
        <div class="report-transcript">
          <button type="button" class="btn btn-ghost btn-xs" onClick={() => store.closeTranscript()} data-testid="report-transcript-back">
            ← Back to the list
          </button>
          <PastTranscriptView key={store.transcript.conversation.id} transcript={store.transcript} myName={myName} />
        </div>
      ) : drill.loading || !result ? (
        <p class="muted">Loading the conversations…</p>
      ) : result.conversations.length === 0 ? (
        <p class="muted" data-testid="report-drill-empty">
          No conversations behind this figure.
        </p>
      ) : (
        <>
          <p class="muted" data-testid="report-drill-total" data-total={result.total}>
            {result.total === result.conversations.length ? `${result.total} conversations` : `The newest ${result.conversations.length} of ${result.total} conversations`}
          </p>
          <ul class="report-drill-list" data-testid="report-drill-list">
            {result.conversations.map((c) => (
              <li key={c.id}>
                <button type="button" class="report-drill-item" data-testid="report-conversation" data-conversation-id={c.id} onClick={() => void store.openTranscript(c.id)}>
                  <span class="report-drill-when">{formatTime(c.startedAt)}</span>
                  <span class="report-drill-status">{c.status}</span>
                  {c.rating !== null && <span class="report-drill-rating" title="The visitor's rating">{"★".repeat(c.rating)}</span>}
                  {c.triggerReason && <span class="report-drill-reason">{c.triggerReason}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
