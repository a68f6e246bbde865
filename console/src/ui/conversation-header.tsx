import { useState } from "preact/hooks";
import type { ConversationClient } from "../conversation/conversation-client.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { HandoffVerdict } from "./handoff-verdict.tsx";
import { LinkBadge } from "./link-badge.tsx";
import { isFinished, stateLabel } from "./state-label.ts";
import { TransferDialog } from "./transfer-dialog.tsx";

/** Who, in what state, over which link; and the actions the assigned agent has. */
export function ConversationHeader({ client, workspace }: { client: ConversationClient; workspace: Workspace }) {
  const label = stateLabel(client, workspace.me.id);
  const inMine = workspace.isMine(client.id);
  const claiming = workspace.queue.isClaiming(client.id);
  const [transferring, setTransferring] = useState(false);
  return (
    <header class="conv-head">
      <div class="conv-title">
        <h2>{client.entry?.visitorName ?? "Visitor"}</h2>
        <div class="conv-meta">
          <span class={`chip tone-${label.tone}`}>{label.text}</span>
          <span class="muted mono" title={client.id}>
            #{client.id.slice(0, 8)}
          </span>
          <LinkBadge status={client.link} testId="conversation-status" onRetry={() => client.reconnectNow()} compact />
        </div>
      </div>
      <div class="conv-actions">
        {(client.isMine || client.state === "resolved") && <HandoffVerdict conversationId={client.id} />}
        {client.isMine && (
          <>
            <button type="button" class="btn btn-secondary" onClick={() => setTransferring(true)} data-testid="transfer-button" title="To another team or teammate, with a private note">
              Transfer
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => client.handBack()} data-testid="hand-back-button" title="The AI assistant answers again">
              Hand back to AI
            </button>
            <button type="button" class="btn btn-success" onClick={() => client.resolve()} data-testid="resolve-button">
              Resolve
            </button>
          </>
        )}
        {client.state === "queued" && !inMine && (
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => workspace.claim(client.id)}
            disabled={claiming}
            data-testid="view-claim-button"
          >
            {claiming ? "Claiming…" : "Claim conversation"}
          </button>
        )}
        {inMine && isFinished(client, workspace.me.id) && (
          <button type="button" class="btn btn-secondary" onClick={() => workspace.close(client.id)} data-testid="close-conversation">
            Close
          </button>
        )}
      </div>
      {transferring && client.isMine && <TransferDialog client={client} myId={workspace.me.id} onClose={() => setTransferring(false)} />}
    </header>
  );
}
