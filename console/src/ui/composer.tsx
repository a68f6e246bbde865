import { useEffect, useRef, useState } from "preact/hooks";
import { MAX_TEXT_CHARS } from "../../../worker/protocol/index.ts";
import type { ConversationClient } from "../conversation/conversation-client.ts";

const MAX_HEIGHT_PX = 180;

/** The reply box: Enter sends, Shift+Enter adds a line; works offline (replies queue). */
export function Composer({ client }: { client: ConversationClient }) {
  const input = useRef<HTMLTextAreaElement>(null);
  // Mirrors client.draft so typing re-renders only this component.
  const [text, setText] = useState(client.draft);
  const online = client.link === "online";
  const tooLong = text.length > MAX_TEXT_CHARS;

  // Text put in the draft by code (the briefing's suggested opening) shows up here, ready to edit.
  useEffect(() => {
    if (client.draft !== text) {
      setText(client.draft);
      input.current?.focus();
    }
  }, [client.draft]);

  // After render, so text set by code is measured too.
  useEffect(() => fit(input.current), [text]);

  useEffect(() => {
    input.current?.focus();
    return () => client.stopTyping();
  }, [client]);

  const change = (value: string) => {
    setText(value);
    client.setDraft(value);
    fit(input.current);
  };

  const send = () => {
    if (!text.trim() || tooLong) return;
    client.reply(text);
    change("");
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  };

  return (
    <footer class="composer">
      <div class={`composer-box ${tooLong ? "is-invalid" : ""}`}>
        <textarea
          ref={input}
          rows={1}
          value={text}
          placeholder="Write a reply…"
          aria-label="Reply"
          onInput={(e) => change(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => client.stopTyping()}
          data-testid="reply-input"
        />
        <button type="button" class="btn btn-primary" onClick={send} disabled={!text.trim() || tooLong} data-testid="send-button">
          Send
        </button>
      </div>
      <div class="composer-hint">
        {online ? (
          <span class="muted">
            <kbd>Enter</kbd> to send · <kbd>Shift</kbd>+<kbd>Enter</kbd> for a new line
          </span>
        ) : (
          <span class="text-warn">Not connected — replies you send now are queued and go out once the connection is back.</span>
        )}
        {text.length > MAX_TEXT_CHARS * 0.8 && (
          <span class={tooLong ? "text-bad" : "muted"}>
            {text.length} / {MAX_TEXT_CHARS}
          </span>
        )}
      </div>
    </footer>
  );
}

/** Grows the textarea with its content, up to a limit; then it scrolls. */
function fit(el: HTMLTextAreaElement | null): void {
  if (!el) return;
  el.style.height = "auto";
  el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
}
