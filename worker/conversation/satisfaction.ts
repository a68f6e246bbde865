import { saveAnswerFeedback, saveRating, type RatingPath } from "../feedback/feedback-repo.ts";
import type { ClientFrame, ServerFrameOf } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";
import type { Conversation } from "./conversation.ts";
import type { ConversationCore } from "./conversation-core.ts";

/** Kept in the record's `said`: the conversation has its rating, so it is never asked again. */
const RATED = "rated";

type RateFrame = Extract<ClientFrame, { type: "rate" }>;
type AnswerFrame = Extract<ClientFrame, { type: "answer_feedback" }>;

/** What answered the visitor: a person if one ever held the conversation, else the AI alone. */
function pathOf(conversation: Conversation): RatingPath {
  return conversation.assignedAt !== null ? "human" : "ai";
}

/**
 * The rating a visitor may give now, or null: after a person resolved the
 * conversation, or (where the site asks) once the AI alone has answered.
 */
export function rateablePath(core: ConversationCore, site: Site | null): RatingPath | null {
  const conversation = core.record.require();
  if (conversation.said.includes(RATED)) return null;
  if (conversation.state === "resolved" && pathOf(conversation) === "human") return "human";
  const aiOnly = conversation.state === "bot" && pathOf(conversation) === "ai" && core.log.aiTurns() > 0;
  return aiOnly && site?.settings.satisfaction.afterAi ? "ai" : null;
}

/** For a visitor socket opening: repeat the ask of a resolved, unrated conversation (after a reload). */
export function pendingHumanRequest(conversation: Conversation): ServerFrameOf<"rating_request"> | null {
  if (conversation.said.includes(RATED) || conversation.state !== "resolved" || pathOf(conversation) !== "human") return null;
  return { type: "rating_request", path: "human" };
}

/** Asks every connected visitor for the rating, when one may be given now. */
export function askRating(core: ConversationCore, site: Site | null): void {
  const path = rateablePath(core, site);
  if (path) core.hub.broadcast({ type: "rating_request", path }, { role: "visitor" });
}

/** The visitor's rating: refused when nothing asked for it or it was given already. */
export async function rate(core: ConversationCore, ws: WebSocket, frame: RateFrame): Promise<void> {
  const conversation = core.record.require();
  if (conversation.said.includes(RATED)) {
    return core.reply(ws, { type: "error", code: "already_rated", message: "this conversation is already rated", ref: frame.type });
  }
  await core.withSite(async (site) => {
    const path = rateablePath(core, site);
    if (!path) return core.reply(ws, { type: "error", code: "illegal_transition", message: "there is nothing to rate yet", ref: frame.type });
    // The rating references the conversation's D1 row: make sure it is there first.
    await core.sync.kick();
    const stored = await saveRating(
      core.env.DB,
      {
        conversationId: conversation.id,
        workspaceId: conversation.workspaceId,
        siteId: conversation.siteId,
        score: frame.score,
        comment: frame.comment || null,
        path,
        agentId: path === "human" ? core.log.lastAgentId() : null,
      },
      Date.now(),
    );
    core.record.update({ said: [...core.record.require().said, RATED] }, Date.now());
    if (!stored) return core.reply(ws, { type: "error", code: "already_rated", message: "this conversation is already rated", ref: frame.type });
    // Every visitor tab drops its rating card.
    core.hub.broadcast({ type: "feedback_saved", kind: "rating" }, { role: "visitor" });
  });
}

/** Thumbs up / down on one AI answer: only the AI's answers, once each. */
export async function markAnswer(core: ConversationCore, ws: WebSocket, frame: AnswerFrame): Promise<void> {
  if (!core.log.isAiAnswer(frame.seq)) {
    return core.reply(ws, { type: "error", code: "invalid_frame", message: `message ${frame.seq} is not an AI answer`, ref: frame.type });
  }
  const conversation = core.record.require();
  await core.sync.kick();
  const mark = { conversationId: conversation.id, workspaceId: conversation.workspaceId, siteId: conversation.siteId, seq: frame.seq, helpful: frame.helpful };
  if (!(await saveAnswerFeedback(core.env.DB, mark, Date.now()))) {
    return core.reply(ws, { type: "error", code: "already_rated", message: `answer ${frame.seq} is already marked`, ref: frame.type });
  }
  core.reply(ws, { type: "feedback_saved", kind: "answer", seq: frame.seq });
}
