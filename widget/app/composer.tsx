import { MAX_TEXT_CHARS } from "../../worker/protocol/limits.ts";
import { t } from "../i18n/words.ts";
import { SendIcon } from "./icons.tsx";

interface ComposerProps {
  disabled: boolean;
  placeholder: string;
  onSend: (text: string) => void;
  onKeystroke: () => void;
}

/** Tallest the input grows before it scrolls, in pixels. */
const MAX_HEIGHT = 120;

/**
 * The message box: Enter sends, Shift+Enter adds a line, it grows with the
 * text. Uncontrolled on purpose: no re-render per keystroke; the send button
 * looks disabled while the box is empty through CSS (`:placeholder-shown`).
 */
export function Composer({ disabled, placeholder, onSend, onKeystroke }: ComposerProps) {
  const send = (input: HTMLTextAreaElement | null) => {
    if (!input || disabled || !input.value.trim()) return;
    onSend(input.value);
    input.value = "";
    grow(input);
    input.focus();
  };
  return (
    <form
      class="compose"
      onSubmit={(event) => {
        event.preventDefault();
        send(event.currentTarget.querySelector("textarea"));
      }}
    >
      <textarea
        rows={1}
        maxLength={MAX_TEXT_CHARS}
        placeholder={placeholder}
        aria-label={t("Message")}
        disabled={disabled}
        data-testid="baton-input"
        onInput={(event) => {
          grow(event.currentTarget);
          if (event.currentTarget.value.trim()) onKeystroke();
        }}
        onKeyDown={(event) => {
          // isComposing: Enter that confirms an IME candidate (Japanese, Chinese…) must not send.
          if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
          event.preventDefault();
          send(event.currentTarget);
        }}
      />
      <button type="submit" class="send" aria-label={t("Send message")} disabled={disabled} data-testid="baton-send">
        <SendIcon />
      </button>
    </form>
  );
}

function grow(input: HTMLTextAreaElement): void {
  input.style.height = "auto";
  input.style.height = `${Math.min(input.scrollHeight, MAX_HEIGHT)}px`;
}
