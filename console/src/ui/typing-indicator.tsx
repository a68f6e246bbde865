import type { ConversationClient } from "../conversation/conversation-client.ts";

/** "Visitor is typing…" (or a colleague), in a fixed-height slot so the transcript does not jump. */
export function TypingIndicator({ client }: { client: ConversationClient }) {
  const typist = client.typing.current;
  const who = typist ? (typist.role === "visitor" ? (client.entry?.visitorName ?? "Visitor") : (typist.name ?? "Someone")) : null;
  return (
    <div class="typing-slot" aria-live="polite">
      {who && (
        <span class="typing" data-testid="typing-indicator" data-role={typist?.role}>
          <span class="typing-dots" aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
          {who} is typing…
        </span>
      )}
    </div>
  );
}
