import { messageAllowed } from "../abuse/rate-limits.ts";
import { spendAiTurn } from "../ai/budget.ts";
import type { ClientFrame, ConversationState } from "../protocol/index.ts";
import type { ConversationCore } from "./conversation-core.ts";
import { NOTICES } from "./notices.ts";
import { markAnswer, rate } from "./satisfaction.ts";
import { aiMayAnswer } from "./state-machine.ts";

type VisitorFrame = Exclude<ClientFrame, { type: "resume" | "claim" }>;

/** What the visitor's socket may do: write, type, ask for a person, move pages, leave an email. */
export async function visitorFrame(core: ConversationCore, ws: WebSocket, frame: VisitorFrame): Promise<void> {
  switch (frame.type) {
    case "message": {
      const who = core.hub.identify(ws);
      const limited = await messageAllowed(core.env, core.record.require().id, who?.role === "visitor" ? (who.address ?? null) : null);
      // Refused, not stored: the widget shows the reason on that message and the visitor can send it again.
      if (!limited.ok) return core.reply(ws, { type: "error", code: "rate_limited", message: limited.message, ref: frame.clientId });
      return visitorMessage(core, ws, frame.clientId, frame.text);
    }
    case "typing":
      return core.hub.broadcast({ type: "typing", role: "visitor", name: null, on: frame.on }, { role: "agent" });
    case "request_human":
      return core.escalation.requestHuman();
    case "page":
      core.record.update({ page: frame.page }, Date.now());
      // Agents see where the visitor is now, in the briefing.
      if (core.record.require().state !== "bot") core.escalation.scheduleBriefing(0);
      return core.sync.soon();
    case "email_me": {
      const result = core.routing.emailMe(frame.email, frame.name);
      if (!result.ok) return core.reply(ws, { type: "error", code: "illegal_transition", message: result.message, ref: frame.type });
      core.escalation.scheduleBriefing(0);
      return core.sync.soon();
    }
    case "rate":
      return rate(core, ws, frame);
    case "answer_feedback":
      return markAnswer(core, ws, frame);
    default:
      return core.reply(ws, { type: "error", code: "forbidden", message: `only an agent can ${frame.type.replace("_", " ")}`, ref: frame.type });
  }
}

/** After a failure to reach the database: try the answer again this soon, this many times, then offer a person. */
export const RETRY_MS = 3000;
export const RETRIES = 2;

async function visitorMessage(core: ConversationCore, ws: WebSocket, clientId: string, text: string): Promise<void> {
  if (core.record.require().state === "resolved") core.change("reopen", { agent: null, resolvedAt: null });
  const stored = core.post(ws, { sender: "visitor", clientId, role: "visitor", author: null, text });
  if (!stored) return;
  core.timers.cancel("answer-retry");
  await answerVisitor(core, 0);
}

/**
 * What follows a visitor's message: the triggers, then the AI. When the
 * database cannot be reached (the site, the AI budget), the visitor is told
 * at once and the turn is tried again on a timer; after the last try they are
 * offered a person. The message itself is already stored and acknowledged.
 */
export async function answerVisitor(core: ConversationCore, attempt: number): Promise<void> {
  const state = core.record.require().state;
  try {
    await respond(core, state);
    if (attempt > 0) core.record.update({ said: core.record.require().said.filter((k) => !k.startsWith("retry:")) }, Date.now());
  } catch (error) {
    console.error(`conversation ${core.record.require().id}: could not answer (attempt ${attempt + 1}):`, String(error));
    if (attempt < RETRIES) {
      if (attempt === 0) core.say(NOTICES.troubleRetrying);
      core.record.update({ said: [...core.record.require().said.filter((k) => !k.startsWith("retry:")), `retry:${attempt + 1}`] }, Date.now());
      core.timers.schedule("answer-retry", Date.now() + RETRY_MS);
      return;
    }
    core.say(NOTICES.troubleGivingUp);
    core.hub.broadcast({ type: "offer_human", reason: "The assistant could not reach its systems", signals: [] }, { role: "visitor" });
  }
}

/** How many tries the pending answer has had (kept with the record, so an eviction does not reset it). */
export function answerAttempts(core: ConversationCore): number {
  const key = core.record.require().said.find((k) => k.startsWith("retry:"));
  return key ? Number(key.slice("retry:".length)) : 0;
}

async function respond(core: ConversationCore, state: ConversationState): Promise<void> {
  await core.withSite(async (site) => {
    if (state === "assigned") core.routing.visitorWrote(site);
    // While someone waits for a person (or a ticket waits), what they add goes into the briefing of whoever takes it.
    // Not while an agent holds it: they read every message as it comes, and rebuilding the whole summary for each
    // one was most of a relayed message's cost; it is rebuilt when the conversation leaves them (release, transfer).
    if (state !== "bot" && state !== "assigned") core.escalation.scheduleBriefing();
    if (!aiMayAnswer(state, site.settings.routing.aiWhileWaiting)) return;
    if (state === "bot" && (await core.escalation.onVisitorMessage(site)) === "handoff") return;
    const budget = await spendAiTurn(core.env.DB, site, core.log.aiTurns());
    if (!budget.ok) return core.say(budget.notice);
    await core.ai.start(site);
    // Stamps are re-read only where the AI may answer: with a person on it, a message costs D1 nothing here.
  }, state !== "assigned");
}
