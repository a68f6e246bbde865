import { useEffect, useRef, useState } from "preact/hooks";
import { copyText } from "../lib/copy-text.ts";

interface Props {
  suggestion: string;
  /** Puts the text in the reply box; absent while the conversation is not the agent's. */
  onUse?: (text: string) => void;
}

const COPIED_MS = 1600;

/**
 * The suggested first reply, editable in place. A rebuilt briefing brings a
 * new suggestion; it replaces the text only if the agent has not touched it.
 */
export function OpeningEditor({ suggestion, onUse }: Props) {
  const [text, setText] = useState(suggestion);
  const [edited, setEdited] = useState(false);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!edited) setText(suggestion);
  }, [suggestion]);

  useEffect(() => fit(area.current), [text]);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => setCopied((await copyText(text)) ? "yes" : "failed");
  const reset = () => {
    setText(suggestion);
    setEdited(false);
  };

  return (
    <div class="opening">
      <div class="opening-label">
        <label for="briefing-opening" class="briefing-label">
          Suggested opening
        </label>
        {edited && (
          <button type="button" class="link-button" onClick={reset} title="Back to the suggested text">
            Reset
          </button>
        )}
      </div>
      <div class="opening-row">
        <textarea
          id="briefing-opening"
          ref={area}
          rows={2}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setEdited(true);
          }}
          data-testid="briefing-opening"
        />
        <div class="opening-actions">
          <button type="button" class="btn btn-secondary btn-sm" onClick={() => void copy()} disabled={!text.trim()} data-testid="briefing-copy-opening">
            {copied === "yes" ? "Copied ✓" : copied === "failed" ? "Copy failed" : "Copy"}
          </button>
          <button
            type="button"
            class="btn btn-primary btn-sm"
            onClick={() => onUse?.(text.trim())}
            disabled={!onUse || !text.trim()}
            title={onUse ? "Put this in the reply box to edit and send" : "Claim the conversation to reply"}
            data-testid="briefing-use-opening"
          >
            Use in reply
          </button>
        </div>
      </div>
    </div>
  );
}

/** Grows with the text so the whole line is readable, within a limit. */
function fit(el: HTMLTextAreaElement | null): void {
  if (!el) return;
  el.style.height = "auto";
  el.style.height = `${Math.min(el.scrollHeight + 2, 140)}px`;
}
