import type { AgentStatus } from "../../../worker/protocol/index.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { PresenceFeed } from "../presence/presence-feed.ts";

const LABELS: Record<AgentStatus, string> = { online: "Online", away: "Away", offline: "Offline" };

/** The agent's status and load: "Online · 2 / 3". Away keeps your conversations and takes no new ones. */
export function StatusSwitch({ presence }: { presence: PresenceFeed }) {
  useObservable(presence);
  return (
    <span class="status-switch" data-testid="status-switch" data-status={presence.status}>
      <span class={`status-dot status-${presence.status}`} aria-hidden="true" />
      <select
        aria-label="Your status"
        value={presence.status}
        onChange={(e) => presence.setStatus(e.currentTarget.value as AgentStatus)}
        disabled={presence.link !== "online"}
        data-testid="status-select"
      >
        {(Object.keys(LABELS) as AgentStatus[]).map((s) => (
          <option key={s} value={s}>
            {LABELS[s]}
          </option>
        ))}
      </select>
      {presence.loaded && (
        <span class="load" title="Conversations you hold, of how many you take at once" data-testid="my-load">
          {presence.active} / {presence.capacity}
        </span>
      )}
    </span>
  );
}
