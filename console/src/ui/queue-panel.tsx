import { useNow } from "../lib/use-now.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { QueueGroup } from "../queue/queues.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { AwayNotice } from "./away-notice.tsx";
import { QueueItem } from "./queue-item.tsx";
import { TeamHead } from "./team-head.tsx";

/** Everyone waiting for a person, by team, in the order each team's queue takes them, with live wait times. */
export function QueuePanel({ workspace }: { workspace: Workspace }) {
  const queue = workspace.queue;
  useObservable(queue, workspace, workspace.presence);
  const now = useNow(1000);
  const groups = queue.groups();
  const total = queue.waiting.length;
  // One team (a workspace without teams): no team headings, as before teams existed.
  const headed = groups.length > 1;

  return (
    <section class="panel panel-queue" aria-labelledby="queue-heading">
      <header class="panel-head">
        <h2 id="queue-heading">Queue</h2>
        <span class={`count ${total > 0 ? "count-hot" : ""}`}>{total}</span>
      </header>
      <AwayNotice presence={workspace.presence} />
      <ul class="list" data-testid="queue-list">
        {groups.map((group) => (
          <Group key={group.teamId} group={group} headed={headed} quiet={total === 0} now={now} workspace={workspace} />
        ))}
      </ul>
      {total === 0 && (
        <p class="panel-empty" data-testid="queue-empty">
          {queue.loaded ? "Nobody is waiting. New handoffs appear here instantly." : "Loading the queue…"}
        </p>
      )}
    </section>
  );
}

/** `quiet`: nobody waits anywhere; the panel says so once, not once per team. */
function Group({ group, headed, quiet, now, workspace }: { group: QueueGroup; headed: boolean; quiet: boolean; now: number; workspace: Workspace }) {
  const { feed } = group;
  const items = feed.waiting.map((entry, index) => (
    <QueueItem
      key={entry.conversationId}
      entry={entry}
      position={index + 1}
      now={now}
      active={workspace.activeId === entry.conversationId}
      claiming={feed.claiming.has(entry.conversationId)}
      onOpen={() => workspace.select(entry.conversationId)}
      onClaim={() => feed.claim(entry.conversationId)}
    />
  ));
  if (!headed) return <>{items}</>;
  return (
    <li class="queue-group" data-testid="queue-group" data-team-id={group.teamId} data-count={feed.waiting.length}>
      <TeamHead group={group} />
      {items.length > 0 ? <ul class="list list-nested">{items}</ul> : !quiet && <p class="group-empty muted">Nobody waiting.</p>}
    </li>
  );
}
