import { formatTime, formatWait } from "../lib/format.ts";
import { useNow } from "../lib/use-now.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { emailOf } from "./followup-store.ts";

/**
 * Follow-up tickets: handoffs nobody could take live (after hours, nobody
 * online, or "Email me instead"). Taking one makes it yours; replies reach
 * the visitor in the chat, or by email when they are gone.
 */
export function FollowupPanel({ workspace }: { workspace: Workspace }) {
  const store = workspace.followups;
  useObservable(store);
  const now = useNow(30_000);
  return (
    <section class="panel panel-followup" aria-labelledby="followup-heading">
      <header class="panel-head">
        <h2 id="followup-heading">Follow-up</h2>
        <button type="button" class="link-button" onClick={() => void store.refresh()} disabled={store.loading} data-testid="followup-refresh" title="Read the list again">
          {store.loading ? "…" : "Refresh"}
        </button>
        <span class={`count ${store.items.length > 0 ? "count-warm" : ""}`}>{store.items.length}</span>
      </header>
      {store.error && (
        <p class="panel-error text-bad" role="alert" data-testid="followup-error">
          {store.error}
        </p>
      )}
      <ul class="list" data-testid="followup-list">
        {store.items.map((item) => {
          const email = emailOf(item);
          const since = item.queuedAt ?? item.createdAt;
          return (
            <li key={item.id} class="card followup-item" data-testid="followup-item" data-conversation-id={item.id}>
              <div class="card-row">
                <span class="card-title" data-testid="followup-who">
                  {email ?? item.visitor.name ?? "No email left"}
                </span>
                <time class="wait" dateTime={new Date(since).toISOString()} title={formatTime(since)}>
                  {formatWait(now - since)} ago
                </time>
              </div>
              {item.firstQuestion && <p class="first-question">“{item.firstQuestion}”</p>}
              <div class="card-row card-foot">
                <span class="page-ref">{item.triggerReason ?? "Left for later"}</span>
                <button
                  type="button"
                  class="btn btn-primary btn-sm"
                  onClick={() => void workspace.takeFollowup(item.id)}
                  disabled={store.taking.has(item.id)}
                  data-testid="followup-take"
                >
                  {store.taking.has(item.id) ? "Taking…" : "Take"}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {store.items.length === 0 && !store.error && (
        <p class="panel-empty" data-testid="followup-empty">
          {store.loading ? "Loading…" : "No follow-ups. Handoffs after hours or with nobody online land here."}
        </p>
      )}
    </section>
  );
}
