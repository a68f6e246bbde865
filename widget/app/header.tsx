import type { ChatState } from "../chat/chat-state.ts";
import type { UiText } from "../i18n/texts.ts";
import { t } from "../i18n/words.ts";
import { CloseIcon, SparkIcon } from "./icons.tsx";
import { initials } from "./message-item.tsx";

interface HeaderProps {
  chat: ChatState;
  /** The site's name, or `configure({title})`. */
  title: string;
  titleId: string;
  onClose: () => void;
}

/** Who the visitor is talking to: the assistant, the queue, or the teammate by name. */
export function Header({ chat, title, titleId, onClose }: HeaderProps) {
  const agent = chat.state === "assigned" ? chat.agent : null;
  return (
    <header class="head">
      <span class="av big" aria-hidden="true">
        {agent ? initials(agent.name) : <SparkIcon />}
      </span>
      <div class="who-is">
        <h2 id={titleId} data-testid="baton-title">
          {agent ? agent.name : title}
        </h2>
        <p data-testid="baton-status">{t(STATUS[chat.state])}</p>
      </div>
      <button type="button" class="close" aria-label={t("Close chat")} onClick={onClose} data-testid="baton-close">
        <CloseIcon />
      </button>
    </header>
  );
}

const STATUS: Record<ChatState["state"], UiText> = {
  bot: "AI assistant · A person is one click away",
  queued: "Waiting for a teammate",
  assigned: "Support team · Here to help",
  resolved: "Resolved · Write again any time",
  followup: "A teammate will answer later",
};
