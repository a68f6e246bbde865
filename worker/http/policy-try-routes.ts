import { Hono } from "hono";
import { z } from "zod";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import type { ChatMessage } from "../protocol/index.ts";
import { evaluateTriggers, type Decision } from "../triggers/engine.ts";
import { TriggerPolicy } from "../triggers/policy.ts";
import { actionRank } from "../triggers/signal.ts";
import { MAX_TEXT_CHARS } from "../protocol/limits.ts";
import type { AppEnv } from "./app-env.ts";
import { validate } from "./validate.ts";
import { requireRole, scopedSite } from "./workspace-scope.ts";

const Turn = z.object({ role: z.enum(["visitor", "ai"]), text: z.string().trim().min(1).max(MAX_TEXT_CHARS) });

const TryMessage = z.object({
  message: z.string().trim().min(1).max(MAX_TEXT_CHARS),
  /** Earlier turns of the conversation being imagined, oldest first. */
  history: z.array(Turn).max(20).default([]),
  /** A policy being edited and not saved yet; the site's own when absent. */
  policy: TriggerPolicy.optional(),
});

function asMessage(turn: { role: "visitor" | "ai"; text: string }, seq: number): ChatMessage {
  return { seq, id: `try-${seq}`, clientId: null, role: turn.role, author: null, authorId: null, text: turn.text, at: Date.now() };
}

function explain(decision: Decision) {
  return { action: decision.action, reason: decision.reason, signals: decision.signals };
}

/**
 * "Try a message": the real trigger engine on the server, with the site's
 * policy (or a draft of it). It runs as a conversation would: on the
 * visitor's message, then — if that did not hand off — after the embedded
 * AI's answer from the site's knowledge base.
 */
export const policyTryRoutes = new Hono<AppEnv>().post("/try", requireRole("admin"), validate("json", TryMessage), async (c) => {
  const site = await scopedSite(c, c.req.param("siteId") ?? "");
  const input = c.req.valid("json");
  const policy = input.policy ?? site.settings.triggers;
  const history = [...input.history, { role: "visitor" as const, text: input.message }].map((turn, i) => asMessage(turn, i + 1));
  const onMessage = evaluateTriggers({ phase: "visitor_message", history, policy });
  if (onMessage.action === "handoff") return c.json({ action: "handoff", onMessage: explain(onMessage), answer: null, afterAnswer: null });

  const answer = await new EmbeddedProvider(c.env.DB).answer({
    site,
    question: input.message,
    history,
    signal: AbortSignal.timeout(5000),
    onDelta: () => {},
  });
  const answered: ChatMessage = { ...asMessage({ role: "ai", text: answer.text }, history.length + 1), ai: answer.meta };
  const afterAnswer = evaluateTriggers({ phase: "after_ai", history: [...history, answered], policy });
  const action = actionRank(afterAnswer.action) > actionRank(onMessage.action) ? afterAnswer.action : onMessage.action;
  return c.json({
    action,
    onMessage: explain(onMessage),
    answer: { text: answer.text, confidence: answer.meta.confidence, declined: answer.meta.declined, citations: answer.meta.citations },
    afterAnswer: explain(afterAnswer),
  });
});
