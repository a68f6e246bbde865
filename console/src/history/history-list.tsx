import type { PastConversation } from "../api/history-api.ts";
import type { ConversationState } from "../../../worker/protocol/index.ts";
import { formatTime } from "../lib/format.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { HistoryStore } from "./history-store.ts";

const FILTERS: { state: ConversationState | null; label: string }[] = [
  { state: "resolved", label: "Resolved" },
  { state: "assigned", label: "With an agent" },
  { state: "queued", label: "Waiting" },
  { state: "bot", label: "With the AI" },
  { state: null, label: "All" },
];

/** The left column: which conversations, newest activity first, a page at a time. */
export function HistoryList({ store }: { store: HistoryStore }) {
  useObservable(store);
  return (
    <aside class="kb-side" aria-label="Conversations">
      <div class="kb-side-head">
        <label class="kb-site">
          <span class="briefing-label">Show</span>
          <select
            value={store.state ?? ""}
            onChange={(e) => store.filter((e.currentTarget.value || null) as ConversationState | null)}
            data-testid="history-filter"
          >
            {FILTERS.map((f) => (
              <option key={f.label} value={f.state ?? ""}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul class="kb-list" data-testid="history-list" aria-busy={store.loading}>
        {store.conversations.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class={`kb-item ${c.id === store.selectedId ? "is-active" : ""}`}
              aria-current={c.id === store.selectedId ? "true" : undefined}
              onClick={() => void store.open(c.id)}
              data-testid="history-item"
              data-conversation-id={c.id}
            >
              <span class="kb-item-title">{c.firstQuestion ?? "No message from the visitor"}</span>
              <span class="muted kb-item-meta">
                <span class="kb-item-url">{who(c)}</span>
                <span>{formatTime(c.updatedAt)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {store.more && (
        <button type="button" class="btn btn-ghost btn-sm history-more" onClick={() => void store.loadMore()} disabled={store.loading}>
          {store.loading ? "Loading…" : "Older conversations"}
        </button>
      )}
      {!store.loading && store.conversations.length === 0 && <p class="panel-empty">No conversations here yet.</p>}
    </aside>
  );
}

/** Visitor and agent, as briefly as the list allows. */
function who(c: PastConversation): string {
  const visitor = c.visitor.name ?? c.visitor.email ?? "Visitor";
  return c.agent ? `${visitor} · ${c.agent.name}` : visitor;
}
