import { useNow } from "../lib/use-now.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { QueueItem } from "./queue-item.tsx";

/** Everyone waiting for a person, oldest first, with live wait times. */
export function QueuePanel({ workspace }: { workspace: Workspace }) {
  const queue = workspace.queue;
  useObservable(queue, workspace);
  const now = useNow(1000);
  const waiting = queue.waiting;

  return (
    <section class="panel panel-queue" aria-labelledby="queue-heading">
      <header class="panel-head">
        <h2 id="queue-heading">Queue</h2>
        <span class={`count ${waiting.length > 0 ? "count-hot" : ""}`}>{waiting.length}</span>
      </header>
      <ul class="list" data-testid="queue-list">
        {waiting.map((entry) => (
          <QueueItem
            key={entry.conversationId}
            entry={entry}
            now={now}
            active={workspace.activeId === entry.conversationId}
            claiming={queue.claiming.has(entry.conversationId)}
            onOpen={() => workspace.select(entry.conversationId)}
            onClaim={() => workspace.claim(entry.conversationId)}
          />
        ))}
      </ul>
      {waiting.length === 0 && (
        <p class="panel-empty" data-testid="queue-empty">
          {queue.loaded ? "Nobody is waiting. New handoffs appear here instantly." : "Loading the queue…"}
        </p>
      )}
    </section>
  );
}
