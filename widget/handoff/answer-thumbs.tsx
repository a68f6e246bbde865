import { Component } from "preact";
import type { ChatMessage } from "../../worker/protocol/index.ts";
import type { ChatSession } from "../chat/chat-session.ts";
import type { ChatState } from "../chat/chat-state.ts";
import { markedAnswer, rememberMarkedAnswer } from "../chat/persistence.ts";
import { say } from "../i18n/format.ts";
import type { Words } from "../i18n/texts.ts";
import ratingCss from "./rating.css";

export interface AnswerThumbsProps {
  words: Words;
  chat: ChatState;
  session: ChatSession;
}

/** The AI's newest answer when it is the last thing said, the greeting excluded: that is what the visitor is judging. */
function answerToMark(chat: ChatState): ChatMessage | null {
  const last = chat.messages.at(-1);
  if (!last || last.role !== "ai" || last.clientId === "greeting" || chat.state !== "bot" || chat.streaming) return null;
  return last;
}

/** A thumb drawn inline (emoji fonts are not on every visitor's machine); `down` turns it over. */
const Thumb = ({ down }: { down?: boolean }) => (
  <svg viewBox="0 0 24 24" width={18} height={18} aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round">
    <path transform={down ? "rotate(180 12 12)" : undefined} d="M7 10v11H3V10h4zm0 0 4-8a2 2 0 0 1 3 2l-1 5h6a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 17.6 21H7" />
  </svg>
);

/**
 * "Was this answer helpful?" with thumbs up and down under the AI's latest answer. Each answer is
 * marked once: the browser remembers the seq it marked (the server refuses a
 * second mark anyway), and "Thanks" only follows the server's `feedback_saved`.
 */
export class AnswerThumbs extends Component<AnswerThumbsProps> {
  override render({ words, chat }: AnswerThumbsProps) {
    const answer = answerToMark(chat);
    if (!answer || !chat.conversationId) return null;
    const saved = chat.frame?.type === "feedback_saved" && chat.frame.kind === "answer" && chat.frame.seq === answer.seq;
    if (saved) return (
        <p class="rc th" data-testid="baton-answer-thanks">
          <style>{ratingCss}</style>
          {say(words, "Thanks for your feedback!")}
        </p>
      );
    if (markedAnswer(chat.conversationId) === answer.seq) return null;
    return (
      <div class="rc th" role="group" aria-label={say(words, "Was this answer helpful?")} data-testid="baton-answer-thumbs">
        <style>{ratingCss}</style>
        <p>{say(words, "Was this answer helpful?")}</p>
        <button type="button" aria-label={say(words, "Yes")} data-testid="baton-answer-up" onClick={() => this.mark(answer.seq, true)}>
          <Thumb />
        </button>
        <button type="button" aria-label={say(words, "No")} data-testid="baton-answer-down" onClick={() => this.mark(answer.seq, false)}>
          <Thumb down />
        </button>
      </div>
    );
  }

  private mark(seq: number, helpful: boolean): void {
    const { chat, session } = this.props;
    if (!chat.conversationId || !session.frame({ type: "answer_feedback", seq, helpful })) return;
    rememberMarkedAnswer(chat.conversationId, seq);
    this.forceUpdate();
  }
}
