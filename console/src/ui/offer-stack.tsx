import { useNow } from "../lib/use-now.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Offer } from "../queue/offers.ts";
import type { Workspace } from "../workspace/workspace.ts";

/** Auto-assign's offers to this agent, above everything, each with its countdown and the two answers. */
export function OfferStack({ workspace }: { workspace: Workspace }) {
  useObservable(workspace.offers, workspace.presence);
  const now = useNow(250);
  const offers = workspace.offers.items;
  if (offers.length === 0) return null;
  return (
    <div class="offers" aria-live="assertive" data-testid="offer-stack">
      {offers.map((offer) => (
        <OfferToast key={offer.entry.conversationId} offer={offer} now={now} workspace={workspace} />
      ))}
    </div>
  );
}

function OfferToast({ offer, now, workspace }: { offer: Offer; now: number; workspace: Workspace }) {
  const { entry, expiresAt } = offer;
  // The clock ticks every 250 ms: never read as earlier than when the offer came (it would show 31 s of 30).
  const at = Math.max(now, offer.offeredAt);
  const seconds = Math.max(0, Math.ceil((expiresAt - at) / 1000));
  const team = workspace.presence.teams.find((t) => t.teamId === entry.teamId)?.name ?? entry.teamId;
  const left = Math.max(0, Math.min(1, (expiresAt - at) / Math.max(1, expiresAt - offer.offeredAt)));
  return (
    <div class="offer" role="alertdialog" aria-label={`Conversation offered: ${entry.visitorName ?? "a visitor"}`} data-testid="offer-toast" data-conversation-id={entry.conversationId}>
      <div class="offer-head">
        <strong>{entry.visitorName ?? "A visitor"} for you</strong>
        <span class="muted">{team}</span>
        <span class={`offer-countdown ${seconds <= 5 ? "is-late" : ""}`} data-testid="offer-countdown" data-seconds={seconds} title="Until the offer goes to a teammate">
          {seconds > 0 ? `${seconds}s` : "expiring…"}
        </span>
      </div>
      <div class="offer-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(left * 100)}%` }} />
      </div>
      {entry.firstQuestion && (
        <p class="offer-question" data-testid="offer-question">
          “{entry.firstQuestion}”
        </p>
      )}
      <p class="offer-reason" data-testid="offer-reason">
        {entry.reason}
      </p>
      <div class="offer-actions">
        <button type="button" class="btn btn-success btn-sm" onClick={() => workspace.acceptOffer(entry.conversationId)} disabled={offer.answering} data-testid="offer-accept">
          {offer.answering ? "…" : "Accept"}
        </button>
        <button type="button" class="btn btn-ghost btn-sm" onClick={() => workspace.declineOffer(entry.conversationId)} disabled={offer.answering} data-testid="offer-decline">
          Decline
        </button>
      </div>
    </div>
  );
}
