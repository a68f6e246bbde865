import type { ConnectionStatus } from "../chat/chat-state.ts";
import type { UiText } from "../i18n/texts.ts";
import { t } from "../i18n/words.ts";

const TEXT: Partial<Record<ConnectionStatus, UiText>> = {
  connecting: "Connecting…",
  offline: "You're offline. Messages will be sent when you're back.",
  unavailable: "The chat isn't available right now.",
};

/**
 * Connection trouble, said plainly. The CSS delays "Connecting…" a little,
 * so the normal connect on opening never flashes it.
 */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  const text = TEXT[status];
  if (!text) return null;
  return (
    <p class={`banner ${status}`} role="status" data-testid="baton-connection">
      {t(text)}
    </p>
  );
}
