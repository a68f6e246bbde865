import type { ConversationClient } from "../conversation/conversation-client.ts";
import type { PendingReply } from "../conversation/outbox.ts";
import { Linkified } from "../lib/linkify.tsx";
import { LockIcon } from "./lock-icon.tsx";

interface Props {
  reply: PendingReply;
  online: boolean;
  client: ConversationClient;
}

/** A reply or note the server has not stored yet: sending, queued while offline, or refused. */
export function PendingItem({ reply, online, client }: Props) {
  const failed = reply.status === "failed";
  return (
    <li
      class={`msg ${reply.kind === "note" ? "msg-note" : "msg-agent is-own"} is-pending ${failed ? "is-failed" : ""}`}
      data-testid="message"
      data-role={reply.kind === "note" ? "note" : "agent"}
      data-pending="true"
    >
      {reply.kind === "note" && (
        <div class="msg-head">
          <span class="note-label">
            <LockIcon /> Private note · only agents see this
          </span>
        </div>
      )}
      <div class="bubble">
        <Linkified text={reply.text} />
      </div>
      <div class="pending-status">
        {failed ? (
          <>
            <span class="text-bad">Not sent: {reply.error}</span>
            <button type="button" class="link-button" onClick={() => client.retry(reply.clientId)} data-testid="reply-retry">
              Retry
            </button>
            <button type="button" class="link-button" onClick={() => client.discard(reply.clientId)} data-testid="reply-discard">
              Discard
            </button>
          </>
        ) : online ? (
          <span class="muted">Sending…</span>
        ) : (
          <span class="text-warn">Queued — sends when the connection is back</span>
        )}
      </div>
    </li>
  );
}
