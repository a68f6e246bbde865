import type { QueueGroup } from "../queue/queues.ts";

/** A team's line in the queue panel: its name, how it assigns, who is there and how much room they have. */
export function TeamHead({ group }: { group: QueueGroup }) {
  const { load, feed } = group;
  const auto = load?.assignment === "auto";
  return (
    <div class="team-head" data-testid="queue-team-head">
      <span class="team-name">{load?.name ?? group.teamId}</span>
      <span
        class={`chip ${auto ? "tone-accent" : ""}`}
        data-testid="queue-team-assignment"
        data-assignment={load?.assignment ?? "manual"}
        title={auto ? "Offered to the least busy online teammate, one at a time; claim only if one waits" : "Teammates claim from this line"}
      >
        {auto ? "Auto-assign" : "Manual"}
      </span>
      {load && (
        <span class="team-load muted" data-testid="queue-team-load" title="Teammates online, and the conversations they can still take">
          {load.online} online · {load.free} free
        </span>
      )}
      <span class={`count ${feed.waiting.length > 0 ? "count-hot" : ""}`}>{feed.waiting.length}</span>
    </div>
  );
}
