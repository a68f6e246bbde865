import { randomId } from "../auth/base64url.ts";
import { AI_UNAVAILABLE_TEXT, type AiAnswer } from "../ai/provider.ts";
import { selectProvider } from "../ai/select-provider.ts";
import type { SocketHub } from "../durable/sockets.ts";
import type { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import type { ChatMessage } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";
import type { ConversationRecord } from "./conversation-record.ts";
import type { MessageLog } from "./message-log.ts";
import { aiMayAnswer } from "./state-machine.ts";

const HISTORY = 20;

/**
 * While a turn runs, a timer row is due this soon and pushed back while the
 * turn is alive. If the object is restarted mid-turn (a deploy, a crash), the
 * turn's promise is gone but the row is not: the alarm finds no turn running
 * and starts the answer again, so the visitor's question is never left hanging.
 */
export const TURN_WATCH_MS = 5000;
export const TURN_TIMER = "ai-turn";

export interface AiTurnDeps {
  env: Env;
  hub: SocketHub;
  record: ConversationRecord;
  log: MessageLog;
  timers: Timers;
  /** Called with the stored answer; not called when the turn was cut short. */
  answered: (message: ChatMessage, site: Site) => void;
  /** The answer's final words, once what follows it is known (see escalation.ts). */
  settle: (answer: AiAnswer, site: Site) => AiAnswer;
  /** The model's judgement of a stored answer arrived (after the answer): the triggers may look again. */
  judged: (message: ChatMessage, confidence: number, site: Site) => void;
}

/**
 * Runs the AI's turns one at a time. A newer visitor message supersedes the
 * turn in progress, and a human taking over silences it: whatever the model
 * was still producing is dropped, never shown or stored.
 */
export class AiTurns {
  private current: AbortController | null = null;

  private readonly deps: AiTurnDeps;

  constructor(deps: AiTurnDeps) {
    this.deps = deps;
  }

  get busy(): boolean {
    return this.current !== null;
  }

  start(site: Site): Promise<void> {
    this.current?.abort(new Error("superseded by a newer visitor message"));
    const controller = new AbortController();
    this.current = controller;
    return this.run(site, controller);
  }

  abort(reason: string): void {
    if (!this.current) return;
    this.current.abort(new Error(reason));
    this.current = null;
    this.deps.timers.cancel(TURN_TIMER);
    this.deps.hub.broadcast({ type: "typing", role: "ai", name: null, on: false });
  }

  /**
   * The turn timer fired: a live turn only gets more time; with none running
   * (this object was restarted mid-turn) an unanswered question is answered again.
   */
  watch(site: Site): Promise<void> {
    const { record, log, timers } = this.deps;
    if (this.current) {
      timers.reschedule(TURN_TIMER, Date.now() + TURN_WATCH_MS);
      return Promise.resolve();
    }
    if (!aiMayAnswer(record.require().state, site.settings.routing.aiWhileWaiting)) return Promise.resolve();
    if (!pendingQuestion(log.recent(HISTORY))) return Promise.resolve();
    return this.start(site);
  }

  private async run(site: Site, controller: AbortController): Promise<void> {
    const { env, hub, record, log, timers } = this.deps;
    const signal = controller.signal;
    const live = () => !signal.aborted && aiMayAnswer(record.require().state, site.settings.routing.aiWhileWaiting);
    const turnId = randomId(9);
    const history = log.recent(HISTORY);
    timers.reschedule(TURN_TIMER, Date.now() + TURN_WATCH_MS);
    hub.broadcast({ type: "typing", role: "ai", name: null, on: true });
    try {
      await this.answerWith(site, controller, turnId, history, live);
    } finally {
      // A newer turn keeps the timer it set; otherwise nothing is left to watch.
      if (this.current === controller) this.current = null;
      if (this.current === null) timers.cancel(TURN_TIMER);
    }
  }

  private async answerWith(site: Site, controller: AbortController, turnId: string, history: ChatMessage[], live: () => boolean): Promise<void> {
    const { env, hub, record, log } = this.deps;
    const signal = controller.signal;
    let answer: AiAnswer;
    try {
      answer = await selectProvider(env, site).answer({
        site,
        question: pendingQuestion(history),
        history,
        signal,
        onDelta: (text) => {
          if (live()) hub.broadcast({ type: "ai_delta", turnId, text });
        },
      });
    } catch (error) {
      if (!live()) return;
      console.error(`conversation ${record.require().id}: AI turn failed:`, String(error));
      answer = unavailable(error);
    }
    if (!live()) return;
    hub.broadcast({ type: "typing", role: "ai", name: null, on: false });
    answer = this.deps.settle(answer, site);
    const { message } = log.append(
      { sender: "ai", clientId: turnId, role: "ai", author: null, text: answer.text, ai: answer.meta },
      Date.now(),
    );
    hub.broadcast({ type: "message", message });
    this.deps.answered(message, site);
    void answer.judgement?.then((confidence) => {
      if (confidence !== null) this.deps.judged(message, confidence, site);
    });
  }
}

/** Everything the visitor wrote since the last answer: they often split a question over messages. */
export function pendingQuestion(history: ChatMessage[]): string {
  const parts: string[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i];
    if (!m || m.role === "ai" || m.role === "agent") break;
    if (m.role === "visitor") parts.unshift(m.text);
  }
  return parts.join("\n");
}

function unavailable(error: unknown): AiAnswer {
  return {
    text: AI_UNAVAILABLE_TEXT,
    meta: {
      provider: "none",
      model: `error: ${String(error).slice(0, 120)}`,
      confidence: 0,
      citations: [],
      declined: true,
      latencyMs: 0,
      retrieval: [],
    },
  };
}
