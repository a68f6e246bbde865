import { useState } from "preact/hooks";
import type { ConversationClient } from "../conversation/conversation-client.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { Composer } from "./composer.tsx";

/** Instead of the reply box, when this agent may not write to the visitor: says why, and lets them leave a private note. */
export function ReadOnlyFooter({ client, workspace }: { client: ConversationClient; workspace: Workspace }) {
  const [noting, setNoting] = useState(false);
  const live = client.state !== null;
  return (
    <>
      <footer class="readonly-foot">
        <span>{explain(client, workspace.isMine(client.id))}</span>
        {live && (
          <button type="button" class="link-button" onClick={() => setNoting(!noting)} data-testid="readonly-note" aria-expanded={noting}>
            {noting ? "Cancel note" : "Add a private note"}
          </button>
        )}
      </footer>
      {noting && live && <Composer client={client} workspace={workspace} notesOnly />}
    </>
  );
}

function explain(client: ConversationClient, inMine: boolean): string {
  switch (client.state) {
    case null:
      return "Loading the conversation…";
    case "queued":
      return "You are previewing this conversation. Claim it to reply.";
    case "resolved":
      return "Resolved. If the visitor writes again, the AI assistant picks it up and can hand it back to the queue.";
    case "bot":
      return inMine
        ? "Handed back to the AI assistant. If the visitor asks for a person again, it returns to the queue."
        : "The AI assistant is handling this conversation.";
    case "assigned":
      return `${client.agent?.name ?? "Another agent"} is handling this conversation. You can read along.`;
    case "followup":
      return "A follow-up ticket: nobody could take it live. Take it from the Follow-up list to answer (by email if the visitor has left).";
  }
}
