import type { PreviousConversation } from "../../../worker/protocol/index.ts";
import { formatTime } from "../lib/format.ts";
import { outcomeLabel } from "./briefing.ts";

/** The visitor's earlier conversations: a repeat contact is context an agent should not miss. */
export function PreviousList({ previous }: { previous: PreviousConversation[] }) {
  if (previous.length === 0) return <p class="muted">This is their first conversation.</p>;
  return (
    <ul class="previous">
      {previous.map((p) => {
        const outcome = outcomeLabel(p.state);
        return (
          <li key={p.id} class="previous-item" data-testid="briefing-previous-item">
            <div class="previous-head">
              <span class={`chip tone-${outcome.tone}`}>{outcome.text}</span>
              <time class="muted" dateTime={new Date(p.createdAt).toISOString()}>
                {formatTime(p.createdAt)}
              </time>
              <span class="muted mono" title={p.id}>
                #{p.id.slice(0, 8)}
              </span>
            </div>
            {p.firstQuestion && <p class="previous-q">“{p.firstQuestion}”</p>}
            {p.triggerReason && <p class="muted previous-reason">Handed off: {p.triggerReason}</p>}
          </li>
        );
      })}
    </ul>
  );
}

export function previousDigest(previous: PreviousConversation[]): string {
  if (previous.length === 0) return "None";
  const latest = previous.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
  return `${previous.length} earlier · last ${outcomeLabel(latest.state).text.toLowerCase()}, ${formatTime(latest.createdAt)}`;
}
