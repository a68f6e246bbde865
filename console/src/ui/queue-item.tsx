import type { QueueEntry } from "../../../worker/protocol/index.ts";
import { formatWait, safeHttpUrl, shortUrl, waitLevel } from "../lib/format.ts";
import { QueueSignals } from "./queue-signals.tsx";

interface Props {
  entry: QueueEntry;
  /** Place in its team's line, 1-based. */
  position: number;
  now: number;
  active: boolean;
  claiming: boolean;
  onOpen: () => void;
  onClaim: () => void;
}

/** One waiting visitor: why they were handed off (and how urgently), what they asked, where they are, how long they wait. */
export function QueueItem({ entry, position, now, active, claiming, onOpen, onClaim }: Props) {
  const waited = now - entry.queuedAt;
  const pageUrl = safeHttpUrl(entry.page?.url);
  return (
    <li
      class={`card queue-item ${active ? "is-active" : ""} ${entry.alerts > 0 ? "is-alerted" : ""}`}
      data-testid="queue-item"
      data-conversation-id={entry.conversationId}
      data-team-id={entry.teamId}
      data-claiming={claiming ? "true" : "false"}
    >
      <button type="button" class="card-hit" onClick={onOpen} aria-label={`Preview conversation with ${entry.visitorName ?? "visitor"}`} />
      <div class="card-row">
        <span class="card-title">{entry.visitorName ?? "Visitor"}</span>
        {entry.alerts > 0 && (
          <span
            class={`alert-badge alert-${Math.min(entry.alerts, 3)}`}
            data-testid="queue-alert"
            data-level={entry.alerts}
            title={`Re-alerted ${entry.alerts} time${entry.alerts === 1 ? "" : "s"} for waiting too long`}
          >
            {"!".repeat(Math.min(entry.alerts, 3))}
            {entry.alerts > 3 ? ` ×${entry.alerts}` : ""}
          </span>
        )}
        <span class={`wait wait-${waitLevel(waited)}`} data-testid="queue-wait" title="Waiting for a person since">
          <ClockIcon />
          {formatWait(waited)}
        </span>
      </div>
      <QueueSignals entry={entry} position={position} />
      <p class="reason" data-testid="queue-reason">
        {entry.reason}
      </p>
      {/* The summary usually quotes the first question; show the question itself only when it does not. */}
      {entry.firstQuestion && !entry.summary?.includes(entry.firstQuestion) && <p class="first-question">“{entry.firstQuestion}”</p>}
      {entry.summary && (
        <p class="queue-summary" data-testid="queue-summary">
          {entry.summary}
        </p>
      )}
      <div class="card-row card-foot">
        {entry.page ? (
          <span class="page-ref" title={entry.page.url}>
            {pageUrl ? (
              <a href={pageUrl} target="_blank" rel="noopener noreferrer">
                {entry.page.title || shortUrl(entry.page.url)}
              </a>
            ) : (
              entry.page.title || entry.page.url
            )}
          </span>
        ) : (
          <span class="page-ref muted">Page unknown</span>
        )}
        <button type="button" class="btn btn-primary btn-sm" onClick={onClaim} disabled={claiming} data-testid="claim-button">
          {claiming ? "Claiming…" : "Claim"}
        </button>
      </div>
    </li>
  );
}

function ClockIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M12 7v5l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}
