import { MAX_TEXT_CHARS } from "../../../worker/protocol/index.ts";
import type { ConversationClient } from "../conversation/conversation-client.ts";
import type { PendingKind } from "../conversation/outbox.ts";

/** Under the reply box: how it sends, where a reply goes (the chat, or email), and the length near the limit. */
export function ComposerHint({ client, mode, length }: { client: ConversationClient; mode: PendingKind; length: number }) {
  const online = client.link === "online";
  const email = client.followupEmail ?? client.briefing?.visitor.email ?? null;
  return (
    <div class="composer-hint">
      {!online ? (
        <span class="text-warn">Not connected — what you send now is queued and goes out once the connection is back.</span>
      ) : mode === "note" ? (
        <span class="note-hint" data-testid="note-hint">
          Private note: agents see it in the transcript; the visitor never does.
        </span>
      ) : email && client.isMine ? (
        <span class="email-hint" data-testid="email-hint">
          {client.followupEmail ? `The visitor left; your reply is emailed to ${email}.` : `If the visitor has left, your reply is emailed to ${email}.`}
        </span>
      ) : (
        <span class="muted">
          <kbd>Enter</kbd> to send · <kbd>Shift</kbd>+<kbd>Enter</kbd> for a new line · <kbd>/</kbd> canned responses
        </span>
      )}
      {length > MAX_TEXT_CHARS * 0.8 && (
        <span class={length > MAX_TEXT_CHARS ? "text-bad" : "muted"}>
          {length} / {MAX_TEXT_CHARS}
        </span>
      )}
    </div>
  );
}
