import { useObservable } from "../lib/use-observable.ts";
import type { Queues } from "../queue/queues.ts";

/** The main area when no conversation is open. */
export function EmptyConversation({ queue }: { queue: Queues }) {
  useObservable(queue);
  const waiting = queue.waiting.length;
  return (
    <div class="empty-main" data-testid="conversation-empty">
      <svg width="56" height="56" viewBox="0 0 24 24" aria-hidden="true" class="empty-icon">
        <path
          d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.2 3.6c-.5.4-1.3.1-1.3-.6V16A2.5 2.5 0 0 1 4 13.5z"
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linejoin="round"
        />
      </svg>
      <h2>No conversation open</h2>
      <p>
        {waiting > 0
          ? `${waiting} ${waiting === 1 ? "visitor is" : "visitors are"} waiting. Claim one from the queue to start helping.`
          : "When a visitor asks for a person, they appear in the queue on the left."}
      </p>
    </div>
  );
}
