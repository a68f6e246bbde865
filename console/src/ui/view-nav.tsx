import type { ConsoleView } from "../lib/use-hash-view.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { QueueFeed } from "../queue/queue-feed.ts";

interface Props {
  view: ConsoleView;
  queue: QueueFeed;
  onView: (view: ConsoleView) => void;
}

/** Inbox (the live queue and conversations), the knowledge base, or past conversations; the waiting count stays in sight from all. */
export function ViewNav({ view, queue, onView }: Props) {
  useObservable(queue);
  const waiting = queue.waiting.length;
  return (
    <nav class="view-nav" aria-label="Screens">
      <button type="button" class={`view-tab ${view === "inbox" ? "is-active" : ""}`} aria-current={view === "inbox" ? "page" : undefined} onClick={() => onView("inbox")} data-testid="inbox-nav">
        Inbox
        {waiting > 0 && <span class="count count-hot">{waiting}</span>}
      </button>
      <button type="button" class={`view-tab ${view === "kb" ? "is-active" : ""}`} aria-current={view === "kb" ? "page" : undefined} onClick={() => onView("kb")} data-testid="kb-nav">
        Knowledge base
      </button>
      <button type="button" class={`view-tab ${view === "history" ? "is-active" : ""}`} aria-current={view === "history" ? "page" : undefined} onClick={() => onView("history")} data-testid="history-nav">
        History
      </button>
    </nav>
  );
}
