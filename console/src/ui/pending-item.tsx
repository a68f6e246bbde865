import type { ConversationClient } from "../conversation/conversation-client.ts";
import type { PendingReply } from "../conversation/outbox.ts";
import { Linkified } from "../lib/linkify.tsx";

interface Props {
  reply: PendingReply;
  online: boolean;
  client: ConversationClient;
}

/** A reply the server has not stored yet: sending, queued while offline, or refused. */
export function PendingItem({ reply, online, client }: Props) {
  const failed = reply.status === "failed";
  return (
    <li class={`msg msg-agent is-own is-pending ${failed ? "is-failed" : ""}`} data-testid="message" data-role="agent" data-pending="true">
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
