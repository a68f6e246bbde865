import type { PastTranscript } from "../api/history-api.ts";
import type { ConversationState } from "../../../worker/protocol/index.ts";
import { formatTime, shortUrl } from "../lib/format.ts";
import { MessageItem } from "../ui/message-item.tsx";

const STATE_TEXT: Record<ConversationState, string> = {
  resolved: "Resolved",
  assigned: "With an agent",
  queued: "Waiting for an agent",
  bot: "With the AI assistant",
  followup: "Follow-up: to answer later",
};

/** A conversation read from D1: who, where, why it was handed over, and every message. Read-only. */
export function PastTranscriptView({ transcript, myName }: { transcript: PastTranscript; myName: string }) {
  const { conversation: c, messages } = transcript;
  const visitorName = c.visitor.name ?? "Visitor";
  return (
    <section class="past" data-testid="past-transcript" aria-label="Conversation transcript">
      <header class="past-head">
        <h2>{c.visitor.name ?? c.visitor.email ?? "Visitor"}</h2>
        <dl class="past-facts">
          <div>
            <dt>State</dt>
            <dd data-testid="past-state">
              {STATE_TEXT[c.state]}
              {c.state === "assigned" && c.agent ? ` (${c.agent.name})` : ""}
            </dd>
          </div>
          <div>
            <dt>Started</dt>
            <dd>{formatTime(c.createdAt)}</dd>
          </div>
          {c.resolvedAt !== null && (
            <div>
              <dt>Resolved</dt>
              <dd>
                {formatTime(c.resolvedAt)}
                {c.agent ? ` by ${c.agent.name}` : ""}
              </dd>
            </div>
          )}
          {c.triggerReason && (
            <div>
              <dt>Handed over because</dt>
              <dd>{c.triggerReason}</dd>
            </div>
          )}
          {c.page.url && (
            <div>
              <dt>Page</dt>
              <dd title={c.page.url}>{c.page.title ? `${c.page.title} (${shortUrl(c.page.url)})` : shortUrl(c.page.url)}</dd>
            </div>
          )}
        </dl>
        {c.state !== "resolved" && (
          <p class="muted past-live">This conversation is still open; the inbox shows it live.</p>
        )}
      </header>
      <ol class="messages past-messages" data-testid="past-messages" aria-label="Transcript">
        {messages.map((message, index) => (
          <MessageItem key={message.seq} message={message} previous={messages[index - 1]} visitorName={visitorName} myName={myName} />
        ))}
      </ol>
    </section>
  );
}
