import type { LinkStatus } from "../net/live-socket.ts";

const LABELS: Record<LinkStatus, string> = {
  connecting: "Connecting…",
  online: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
  stopped: "Disconnected",
};

interface Props {
  status: LinkStatus;
  testId: string;
  /** Shown when not connected: a way to skip the backoff wait. */
  onRetry?: () => void;
  compact?: boolean;
}

/** A coloured dot and a word: is this socket live? */
export function LinkBadge({ status, testId, onRetry, compact }: Props) {
  const down = status === "reconnecting" || status === "offline";
  return (
    <span class={`link link-${status}`} data-testid={testId} data-status={status} role="status" title={LABELS[status]}>
      <span class="link-dot" aria-hidden="true" />
      {compact && status === "online" ? null : <span class="link-label">{LABELS[status]}</span>}
      {down && onRetry && (
        <button type="button" class="link-button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </span>
  );
}
