import { briefingFor } from "../briefing/briefing.ts";
import { BriefingPanel } from "../briefing/briefing-panel.tsx";
import type { ConversationClient } from "../conversation/conversation-client.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { Composer } from "./composer.tsx";
import { ConversationHeader } from "./conversation-header.tsx";
import { ReadOnlyFooter } from "./read-only-footer.tsx";
import { Transcript } from "./transcript.tsx";
import { TypingIndicator } from "./typing-indicator.tsx";
import { ErrorBanner } from "./error-banner.tsx";

/** The open conversation: header and actions, briefing, transcript, reply box. */
export function ConversationView({ client, workspace }: { client: ConversationClient; workspace: Workspace }) {
  useObservable(client, workspace.queue);
  const mine = client.isMine;
  return (
    <section
      class="conversation"
      data-testid="conversation-view"
      data-conversation-id={client.id}
      data-state={client.state ?? "loading"}
      data-mine={mine ? "true" : "false"}
    >
      <ConversationHeader client={client} workspace={workspace} />
      <ErrorBanner error={client.error} onDismiss={() => client.dismissError()} testId="conversation-error" />
      <BriefingPanel view={briefingFor(client)} onUseOpening={mine ? (text) => client.setDraft(text, true) : undefined} />
      <Transcript client={client} myName={workspace.me.name} />
      <TypingIndicator client={client} />
      {mine ? <Composer client={client} workspace={workspace} /> : <ReadOnlyFooter client={client} workspace={workspace} />}
    </section>
  );
}
