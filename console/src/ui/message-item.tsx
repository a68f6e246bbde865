import type { ChatMessage } from "../../../worker/protocol/index.ts";
import { formatTime } from "../lib/format.ts";
import { Linkified } from "../lib/linkify.tsx";
import { AiDetails } from "./ai-details.tsx";
import { LockIcon } from "./lock-icon.tsx";

// A new header (name and time) when the author changes or after this long a pause.
const GROUP_GAP_MS = 5 * 60_000;

interface Props {
  message: ChatMessage;
  previous: ChatMessage | undefined;
  visitorName: string;
  myName: string;
}

/** One stored message. Text is rendered as text nodes only; links are limited to http(s). */
export function MessageItem({ message, previous, visitorName, myName }: Props) {
  if (message.role === "system") {
    return (
      <li class="msg msg-system" data-testid="message" data-role="system" data-seq={message.seq}>
        <span>{message.text}</span>
        <time class="muted">{formatTime(message.at)}</time>
      </li>
    );
  }
  if (message.role === "note") return <NoteItem message={message} myName={myName} />;
  const own = message.role === "agent" && message.author === myName;
  const grouped =
    previous !== undefined &&
    previous.role === message.role &&
    previous.author === message.author &&
    message.at - previous.at < GROUP_GAP_MS;
  return (
    <li
      class={`msg msg-${message.role} ${own ? "is-own" : ""} ${grouped ? "is-grouped" : ""}`}
      data-testid="message"
      data-role={message.role}
      data-seq={message.seq}
    >
      {!grouped && (
        <div class="msg-head">
          <span class="msg-author">{authorName(message, visitorName, own)}</span>
          <Stamp at={message.at} />
        </div>
      )}
      <div class="bubble">
        <Linkified text={message.text} />
      </div>
      {message.ai && <AiDetails meta={message.ai} />}
    </li>
  );
}

/** A private note: set apart from the chat (full width, dashed, labelled), so it can never pass for something the visitor saw. */
function NoteItem({ message, myName }: { message: ChatMessage; myName: string }) {
  const own = message.author === myName;
  return (
    <li class="msg msg-note" data-testid="message" data-role="note" data-seq={message.seq}>
      <div class="msg-head">
        <span class="note-label" data-testid="note-label">
          <LockIcon /> Private note · only agents see this
        </span>
        <span class="msg-author">{own ? `${message.author ?? "You"} (you)` : (message.author ?? "Agent")}</span>
        <Stamp at={message.at} />
      </div>
      <div class="bubble">
        <Linkified text={message.text} />
      </div>
    </li>
  );
}

function Stamp({ at }: { at: number }) {
  return (
    <time class="muted" dateTime={new Date(at).toISOString()}>
      {formatTime(at)}
    </time>
  );
}

function authorName(message: ChatMessage, visitorName: string, own: boolean): string {
  switch (message.role) {
    case "visitor":
      return visitorName;
    case "ai":
      return "AI assistant";
    case "agent":
      return own ? `${message.author ?? "You"} (you)` : (message.author ?? "Agent");
    case "system":
      return "Baton";
    case "note":
      return `Private note · ${message.author ?? "Agent"}`;
  }
}
