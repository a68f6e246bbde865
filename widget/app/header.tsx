import type { ChatState } from "../chat/chat-state.ts";
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
        <p data-testid="baton-status">{statusLine(chat)}</p>
      </div>
      <button type="button" class="close" aria-label="Close chat" onClick={onClose} data-testid="baton-close">
        <CloseIcon />
      </button>
    </header>
  );
}

function statusLine(chat: ChatState): string {
  switch (chat.state) {
    case "queued":
      return "Waiting for a teammate";
    case "assigned":
      return "Support team · Here to help";
    case "resolved":
      return "Resolved · Write again any time";
    default:
      return "AI assistant · A person is one click away";
  }
}
