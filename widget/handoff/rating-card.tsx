import { Component } from "preact";
import type { ChatSession } from "../chat/chat-session.ts";
import type { ChatState } from "../chat/chat-state.ts";
import { say } from "../i18n/format.ts";
import type { Words } from "../i18n/texts.ts";
import { AnswerThumbs } from "./answer-thumbs.tsx";
import ratingCss from "./rating.css";

export interface RatingCardProps {
  words: Words;
  chat: ChatState;
  session: ChatSession;
}

const SCORES = [1, 2, 3, 4, 5];

/**
 * The one-tap rating the server asks for (`rating_request`): five stars, an
 * optional comment read when a star is tapped; otherwise the thumbs on the AI's answer. Shipped in widget-handoff.js,
 * as it mostly follows a person's resolve; once rated the server never asks again.
 */
export class RatingCard extends Component<RatingCardProps> {
  override render({ words, chat }: RatingCardProps) {
    // The last frame the app left to this file (chat-state.ts `frame`).
    const last = chat.frame;
    if (last?.type === "feedback_saved" && last.kind === "rating") return <p class="rc" data-testid="baton-rating-thanks">{say(words, "Thanks for your feedback!")}</p>;
    // Without a rating to ask for, the AI's latest answer can be marked helpful or not.
    if (last?.type !== "rating_request") return <AnswerThumbs {...this.props} />;
    return (
      <div class="rc" role="group" aria-label={say(words, "How did we do?")} data-testid="baton-rating">
        <style>{ratingCss}</style>
        <p>{say(words, "How did we do?")}</p>
        <div class="st">
          {SCORES.map((score) => (
            <button type="button" key={score} aria-label={`${score}/5`} data-testid="baton-rating-star" data-score={score} onClick={() => this.rate(score)}>
              ★
            </button>
          ))}
        </div>
        <input maxLength={1000} placeholder={say(words, "Add a comment (optional)")} data-testid="baton-rating-comment" />
      </div>
    );
  }

  private rate(score: number): void {
    const input = this.base instanceof Element ? this.base.querySelector("input") : null;
    const comment = input?.value.trim();
    this.props.session.frame({ type: "rate", score, ...(comment ? { comment } : {}) });
  }
}
