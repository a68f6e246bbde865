import type { AiProviderName } from "../config.ts";
import type { AiMeta, ChatMessage } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";

export interface AiTurnRequest {
  site: Site;
  /** What the visitor just asked (their messages since the last answer, joined). */
  question: string;
  /** The conversation so far, oldest first, for context. */
  history: ChatMessage[];
  signal: AbortSignal;
  /** Called with each new piece of the answer as it is produced. */
  onDelta: (text: string) => void;
}

export interface AiAnswer {
  text: string;
  meta: AiMeta;
  /**
   * The model's own judgement of the answer (0–1, or null when it could not
   * be had), still coming: the answer is stored and shown without waiting for
   * it, and the triggers look again when it arrives.
   */
  judgement?: Promise<number | null>;
}

/** One way of producing the AI's turn; chosen per site by config (see select-provider.ts). */
export interface AiProvider {
  readonly name: AiProviderName;
  readonly model: string;
  answer(request: AiTurnRequest): Promise<AiAnswer>;
}

/** What the visitor is told when the AI cannot answer at all; a person is always offered. */
export const AI_UNAVAILABLE_TEXT =
  "Sorry, I can't answer right now. Use “Talk to a person” and a teammate will pick this up with everything you've written.";
