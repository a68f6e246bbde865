import type { ConversationClient } from "../conversation/conversation-client.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { isFinished, stateLabel } from "./state-label.ts";

/** The conversations this agent has taken, each with its unread count. */
export function MinePanel({ workspace }: { workspace: Workspace }) {
  useObservable(workspace);
  const clients = workspace.mineClients();
  return (
    <section class="panel panel-mine" aria-labelledby="mine-heading">
      <header class="panel-head">
        <h2 id="mine-heading">Mine</h2>
        <span class="count">{clients.length}</span>
      </header>
      <ul class="list" data-testid="mine-list">
        {clients.map((client) => (
          <MineItem key={client.id} client={client} workspace={workspace} />
        ))}
      </ul>
      {clients.length === 0 && (
        <p class="panel-empty" data-testid="mine-empty">
          Conversations you claim stay here while you switch between them.
        </p>
      )}
    </section>
  );
}

function MineItem({ client, workspace }: { client: ConversationClient; workspace: Workspace }) {
  useObservable(client);
  const active = workspace.activeId === client.id;
  const label = stateLabel(client, workspace.me.id);
  const finished = isFinished(client, workspace.me.id);
  const last = client.messages.last((m) => m.role !== "system");
  const typing = client.typing.current?.role === "visitor";
  return (
    <li
      class={`card mine-item ${active ? "is-active" : ""} ${finished ? "is-finished" : ""}`}
      data-testid="mine-item"
      data-conversation-id={client.id}
      data-active={active ? "true" : "false"}
      data-state={client.state ?? "loading"}
    >
      <button type="button" class="card-hit" onClick={() => workspace.select(client.id)} aria-label={`Open conversation with ${client.entry?.visitorName ?? "visitor"}`} />
      <div class="card-row">
        <span class="card-title">
          <span class={`dot dot-${label.tone}`} aria-hidden="true" />
          {client.entry?.visitorName ?? "Visitor"}
        </span>
        {client.unread > 0 && (
          <span class="badge" data-testid="unread-badge" aria-label={`${client.unread} unread`}>
            {client.unread}
          </span>
        )}
        {finished && (
          <button
            type="button"
            class="btn-close"
            title="Close this conversation"
            aria-label="Close this conversation"
            onClick={() => workspace.close(client.id)}
            data-testid="mine-close"
          >
            ×
          </button>
        )}
      </div>
      <p class={`snippet ${typing ? "is-typing" : ""}`}>
        {typing ? "Typing…" : last ? `${snippetPrefix(last, workspace.me.name)}${last.text}` : label.text}
      </p>
      <p class={`mine-state tone-${label.tone}`}>
        {label.text}
        {client.link !== "online" && client.link !== "connecting" ? " · reconnecting" : ""}
      </p>
    </li>
  );
}

/** Whose words the snippet shows, when not the visitor's: "You: ", "Note: ". */
function snippetPrefix(message: { role: string; author: string | null }, myName: string): string {
  if (message.role === "note") return "Note: ";
  return message.role === "agent" && message.author === myName ? "You: " : "";
}
