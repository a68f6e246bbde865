import type { MemberRole } from "../api/agent-api.ts";
import type { ConsoleView } from "../lib/use-hash-view.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Queues } from "../queue/queues.ts";

interface Props {
  view: ConsoleView;
  queue: Queues;
  role: MemberRole;
  onView: (view: ConsoleView) => void;
}

const TABS: { view: ConsoleView; label: string; testId: string; admins?: true }[] = [
  { view: "inbox", label: "Inbox", testId: "inbox-nav" },
  { view: "kb", label: "Knowledge base", testId: "kb-nav" },
  { view: "history", label: "History", testId: "history-nav" },
  { view: "reports", label: "Reports", testId: "reports-nav" },
  { view: "admin", label: "Settings", testId: "admin-nav", admins: true },
];

/**
 * Inbox (the live queue and conversations), the knowledge base, past
 * conversations and, for admins and owners, the workspace's settings; the
 * waiting count stays in sight from all. (The server enforces roles; this only hides.)
 */
export function ViewNav({ view, queue, role, onView }: Props) {
  useObservable(queue);
  const waiting = queue.waiting.length;
  return (
    <nav class="view-nav" aria-label="Screens">
      {TABS.filter((tab) => !tab.admins || role !== "agent").map((tab) => (
        <button
          key={tab.view}
          type="button"
          class={`view-tab ${view === tab.view ? "is-active" : ""}`}
          aria-current={view === tab.view ? "page" : undefined}
          onClick={() => onView(tab.view)}
          data-testid={tab.testId}
        >
          {tab.label}
          {tab.view === "inbox" && waiting > 0 && <span class="count count-hot">{waiting}</span>}
        </button>
      ))}
    </nav>
  );
}
