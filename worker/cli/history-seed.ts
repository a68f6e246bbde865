/**
 * Writes one demo story (history-plan.ts) to D1 through the product's own
 * statements: the conversation row, its messages, its rating and feedback.
 * Everything a story becomes is written here, in one place, with the
 * conversation events (migration 0011) the reports are computed from.
 */
import type { Conversation } from "../conversation/conversation.ts";
import { insertAnswerFeedback, insertHandoffFeedback, insertRating } from "../feedback/feedback-statements.ts";
import type { ChatMessage, EscalationDecision } from "../protocol/index.ts";
import type { EventKind, PendingEvent } from "../conversation/event-store.ts";
import { insertEvent, insertMessages, upsertConversation } from "../transcripts/d1-statements.ts";
import type { HistoryStory } from "./history-plan.ts";

export function seedConversation(db: D1Database, story: HistoryStory): D1PreparedStatement[] {
  const messages: ChatMessage[] = [];
  const feedback: D1PreparedStatement[] = [];
  const decisions: EscalationDecision[] = [];
  const first = story.steps[0]?.at ?? 0;
  const row: Conversation = {
    id: story.id,
    workspaceId: story.workspaceId,
    siteId: story.siteId,
    visitorId: `${story.id}-visitor`,
    visitor: story.visitor,
    page: { url: story.page.url, title: story.page.title },
    state: "bot",
    teamId: "all",
    visitorEmail: null,
    said: [],
    agent: null,
    triggerReason: null,
    createdAt: first,
    updatedAt: first,
    queuedAt: null,
    assignedAt: null,
    resolvedAt: null,
    decisions,
    briefing: null,
    version: 1,
  };
  // The events the ConversationDO would have sent (event-store.ts); sentiment as a story of this kind tends to go.
  const events: PendingEvent[] = [];
  let topic: string | null = null;
  let mood = 0;
  let replied = true;
  const event = (kind: EventKind, at: number, agentId: string | null, extra: Partial<PendingEvent> = {}) => {
    events.push({ n: events.length + 1, kind, at, agentId, teamId: row.teamId, triggerReason: row.triggerReason, topic: null, sentiment: mood, sentimentFirst: null, ...extra });
  };
  const add = (m: Omit<ChatMessage, "seq" | "id" | "clientId">) => {
    const seq = messages.length + 1;
    messages.push({ ...m, seq, id: `${story.id}-m${seq}`, clientId: null });
    return seq;
  };
  for (const step of story.steps) {
    row.updatedAt = step.at;
    switch (step.kind) {
      case "visitor":
        add({ role: "visitor", author: null, authorId: null, text: step.text, at: step.at });
        break;
      case "ai": {
        const ai = { provider: "embedded", model: "extractive", confidence: step.confidence, citations: [], declined: step.declined, latencyMs: 40, retrieval: [] };
        const seq = add({ role: "ai", author: null, authorId: null, text: step.text, at: step.at, ai });
        if (step.helpful !== null) {
          feedback.push(insertAnswerFeedback(db, { conversationId: story.id, seq, workspaceId: story.workspaceId, siteId: story.siteId, helpful: step.helpful, createdAt: step.at + 15_000 }));
        }
        break;
      }
      case "handoff":
        decisions.push({ ...step.decision, seq: messages.length });
        Object.assign(row, { state: "queued", triggerReason: step.decision.reason, queuedAt: step.at, teamId: step.teamId, agent: null });
        topic = step.decision.signals.find((signal) => signal.topic)?.topic ?? null;
        mood = step.decision.signals.some((signal) => signal.name === "frustration") ? -0.6 : -0.2;
        event("handoff", step.at, null, { topic, sentimentFirst: 0 });
        add({ role: "system", author: null, authorId: null, text: "Connecting you with a person…", at: step.at });
        break;
      case "claim":
        Object.assign(row, { state: "assigned", agent: step.agent, assignedAt: step.at });
        event("claim", step.at, step.agent.id);
        replied = false;
        add({ role: "system", author: null, authorId: null, text: `${step.agent.name} joined the conversation.`, at: step.at });
        break;
      case "agent":
        add({ role: "agent", author: step.agent.name, authorId: step.agent.id, text: step.text, at: step.at });
        if (!replied) event("first_reply", step.at, step.agent.id);
        replied = true;
        break;
      case "resolve":
        Object.assign(row, { state: "resolved", resolvedAt: step.at });
        mood = row.triggerReason ? mood + 0.5 : 0.2;
        event("resolve", step.at, step.agent?.id ?? null);
        break;
      case "reopen":
        Object.assign(row, { state: "bot", resolvedAt: null });
        event("reopen", step.at, null);
        break;
    }
  }
  if (story.rating) {
    const r = story.rating;
    feedback.push(insertRating(db, { conversationId: story.id, workspaceId: story.workspaceId, siteId: story.siteId, score: r.score, comment: r.comment, path: r.path, agentId: r.agentId, createdAt: r.at }));
  }
  if (story.verdict) {
    const v = story.verdict;
    feedback.push(insertHandoffFeedback(db, { conversationId: story.id, workspaceId: story.workspaceId, triggerReason: row.triggerReason, verdict: v.verdict, agentId: v.agentId, createdAt: v.at }));
  }
  // The conversation first: every other row references it.
  return [upsertConversation(db, row, messages.length), ...insertMessages(db, story.id, messages), ...events.map((e) => insertEvent(db, row, e)), ...feedback];
}
