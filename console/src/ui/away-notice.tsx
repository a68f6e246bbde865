import { useObservable } from "../lib/use-observable.ts";
import type { PresenceFeed } from "../presence/presence-feed.ts";

/**
 * Away or offline, said where the work arrives: the server offers nothing
 * to an agent who is not online, and the queue should not look as if it forgot them.
 */
export function AwayNotice({ presence }: { presence: PresenceFeed }) {
  useObservable(presence);
  if (!presence.loaded || presence.status === "online") return null;
  const away = presence.status === "away";
  return (
    <div class={`away-notice away-${presence.status}`} role="status" data-testid="away-notice" data-status={presence.status}>
      <p>
        <strong>{away ? "You are away." : "You are offline."}</strong>{" "}
        {away
          ? "No conversations are offered or counted for you; the ones you hold stay yours."
          : "Your teams count you as gone and nothing is offered to you; you can still read and claim."}
      </p>
      <button type="button" class="btn btn-secondary btn-xs" onClick={() => presence.setStatus("online")} disabled={presence.link !== "online"} data-testid="go-online">
        Go online
      </button>
    </div>
  );
}
