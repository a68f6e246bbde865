import { useEffect, useRef, useState } from "preact/hooks";
import { MAX_TEXT_CHARS } from "../../../worker/protocol/index.ts";
import { CannedPicker } from "../canned/canned-picker.tsx";
import { useCannedPicker } from "../canned/use-canned-picker.ts";
import type { ConversationClient } from "../conversation/conversation-client.ts";
import type { PendingKind } from "../conversation/outbox.ts";
import type { Workspace } from "../workspace/workspace.ts";
import { ComposerHint } from "./composer-hint.tsx";

const MAX_HEIGHT_PX = 180;

interface Props {
  client: ConversationClient;
  workspace: Workspace;
  /** Reading along (not assigned to you): private notes only. */
  notesOnly?: boolean;
}

/**
 * The reply box: Enter sends, Shift+Enter adds a line; works offline (replies
 * queue). "Note" writes a private note instead (agents only, never the
 * visitor); "/" opens the canned responses.
 */
export function Composer({ client, workspace, notesOnly = false }: Props) {
  const input = useRef<HTMLTextAreaElement>(null);
  // Mirrors client.draft so typing re-renders only this component.
  const [text, setText] = useState(client.draft);
  const [chosen, choose] = useState<PendingKind>("reply");
  // The visitor saw "typing…" for what is now becoming a note: it stops.
  const setMode = (next: PendingKind) => {
    if (next === "note") client.stopTyping();
    choose(next);
  };
  const mode: PendingKind = notesOnly ? "note" : chosen;
  const tooLong = text.length > MAX_TEXT_CHARS;
  const picker = useCannedPicker(
    workspace.canned,
    input,
    () => ({
      visitorName: client.entry?.visitorName ?? client.briefing?.visitor.name ?? null,
      agentName: workspace.me.name,
      siteName: workspace.canned.siteNames.get(client.entry?.siteId ?? "") ?? null,
    }),
    (next, caret) => {
      change(next);
      requestAnimationFrame(() => input.current?.setSelectionRange(caret, caret));
    },
  );

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

  function change(value: string) {
    setText(value);
    // A note is no news for the visitor: no "typing…" for it.
    client.setDraft(value, false, mode === "reply");
    fit(input.current);
  }

  const send = () => {
    if (!text.trim() || tooLong) return;
    client.reply(text, mode);
    change("");
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (picker.onKey(event)) return event.preventDefault();
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  };

  const track = (el: HTMLTextAreaElement) => picker.track(el.value, el.selectionStart ?? el.value.length);

  return (
    <footer class={`composer composer-${mode}`} data-testid="composer" data-mode={mode}>
      {!notesOnly && (
        <div class="composer-modes" role="group" aria-label="Write a">
          <ModeButton mode="reply" current={mode} onPick={setMode} label="Reply" hint="Sent to the visitor" />
          <ModeButton mode="note" current={mode} onPick={setMode} label="Note" hint="Private: only agents see it, never the visitor" />
        </div>
      )}
      {picker.open && (
        <CannedPicker query={picker.query} items={picker.items} selected={picker.selected} loading={picker.loading} error={picker.error} onPick={picker.pick} onHover={picker.setSelected} />
      )}
      <div class={`composer-box ${tooLong ? "is-invalid" : ""}`}>
        <textarea
          ref={input}
          rows={1}
          value={text}
          placeholder={mode === "note" ? "Write a private note — only agents see it…" : "Write a reply… (/ for canned responses)"}
          aria-label={mode === "note" ? "Private note" : "Reply"}
          onInput={(e) => {
            change(e.currentTarget.value);
            track(e.currentTarget);
          }}
          onKeyDown={onKeyDown}
          onKeyUp={(e) => (e.key === "ArrowLeft" || e.key === "ArrowRight" || e.key === "Home" || e.key === "End") && track(e.currentTarget)}
          onClick={(e) => track(e.currentTarget)}
          onBlur={() => client.stopTyping()}
          data-testid="reply-input"
        />
        <button type="button" class={`btn ${mode === "note" ? "btn-note" : "btn-primary"}`} onClick={send} disabled={!text.trim() || tooLong} data-testid="send-button">
          {mode === "note" ? "Add note" : "Send"}
        </button>
      </div>
      <ComposerHint client={client} mode={mode} length={text.length} />
    </footer>
  );
}

function ModeButton(props: { mode: PendingKind; current: PendingKind; onPick: (mode: PendingKind) => void; label: string; hint: string }) {
  const on = props.mode === props.current;
  return (
    <button type="button" class={`mode-tab ${on ? "is-active" : ""}`} aria-pressed={on} title={props.hint} onClick={() => props.onPick(props.mode)} data-testid={`composer-mode-${props.mode}`}>
      {props.label}
    </button>
  );
}

/** Grows the textarea with its content, up to a limit; then it scrolls. */
function fit(el: HTMLTextAreaElement | null): void {
  if (!el) return;
  el.style.height = "auto";
  el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
}
