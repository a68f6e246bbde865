import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ConversationClient } from "../conversation/conversation-client.ts";
import { Linkified } from "../lib/linkify.tsx";
import { MessageItem } from "./message-item.tsx";
import { PendingItem } from "./pending-item.tsx";

// Within this many pixels of the bottom counts as "reading the latest": new messages keep it there.
const STICKY_PX = 80;

/** The whole conversation, AI part included, oldest first; follows new messages unless scrolled up. */
export function Transcript({ client, myName }: { client: ConversationClient; myName: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [atBottom, setAtBottom] = useState(true);
  const messages = client.messages.all();
  const pending = client.outbox.list();
  const visitorName = client.entry?.visitorName ?? "Visitor";
  const size = `${messages.length}:${pending.length}:${client.aiDraft.length}`;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && atBottom) el.scrollTop = el.scrollHeight;
  }, [size, client.typing.current]);

  const onScroll = () => {
    const el = scroller.current;
    if (el) setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight < STICKY_PX);
  };

  const jump = () => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  };

  return (
    <div class="transcript" ref={scroller} onScroll={onScroll}>
      {!client.loaded && messages.length === 0 && <p class="transcript-note">Loading the transcript…</p>}
      <ol class="messages" data-testid="transcript" aria-label="Transcript" aria-live="polite">
        {messages.map((message, index) => (
          <MessageItem
            key={message.seq}
            message={message}
            previous={messages[index - 1]}
            visitorName={visitorName}
            myName={myName}
          />
        ))}
        {pending.map((reply) => (
          <PendingItem key={reply.clientId} reply={reply} online={client.link === "online"} client={client} />
        ))}
        {client.aiDraft && (
          <li class="msg msg-ai is-draft" data-testid="ai-draft" data-role="ai">
            <div class="msg-head">
              <span class="msg-author">AI assistant</span>
              <span class="muted">writing…</span>
            </div>
            <div class="bubble">
              <Linkified text={client.aiDraft} />
            </div>
          </li>
        )}
      </ol>
      {!atBottom && (
        <button type="button" class="jump-latest" onClick={jump}>
          Jump to latest ↓
        </button>
      )}
    </div>
  );
}
