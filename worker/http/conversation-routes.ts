import { Hono } from "hono";
import { z } from "zod";
import { conversationStub } from "../durable/stubs.ts";
import { HandoffVerdict, handoffFeedback, saveHandoffFeedback } from "../feedback/feedback-repo.ts";
import { ListFilter, listConversations, readTranscript } from "../transcripts/transcript-repo.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { scopedConversation } from "./workspace-scope.ts";

const HandoffFeedbackBody = z.object({ verdict: HandoffVerdict });

/** A workspace's conversations, past and live, from D1. */
export const conversationRoutes = new Hono<AppEnv>()
  .get("/", validate("query", ListFilter), async (c) => {
    return c.json({ conversations: await listConversations(c.env.DB, c.get("member").workspaceId, c.req.valid("query")) });
  })
  .get("/:conversationId/transcript", async (c) => {
    const id = c.req.param("conversationId");
    await scopedConversation(c, id);
    const stored = await readTranscript(c.env.DB, id);
    if (stored?.conversation.state === "resolved") return c.json(stored);
    // A live conversation's newest messages (or a new one's row) may still be on their way to D1: send them first.
    const exists = await conversationStub(c.env, id).syncNow();
    const transcript = exists ? await readTranscript(c.env.DB, id) : stored;
    if (!transcript) throw apiError(404, "not_found", `no conversation ${id}`);
    return c.json(transcript);
  })
  // A follow-up ticket (nobody could take it live): the agent takes it, and answers in the chat or by email.
  .post("/:conversationId/take", async (c) => {
    const id = c.req.param("conversationId");
    await scopedConversation(c, id);
    const { id: agentId, name } = c.get("agent");
    const result = await conversationStub(c.env, id).take({ id: agentId, name });
    if (!result.ok) throw apiError(result.code === "over_capacity" ? 409 : result.code === "not_found" ? 404 : 409, result.code, result.message);
    return c.json({ ok: true });
  })
  // The agent's verdict on the handoff ("not needed", "too late"); null until someone gives it.
  .get("/:conversationId/handoff-feedback", async (c) => {
    const id = c.req.param("conversationId");
    await scopedConversation(c, id);
    return c.json({ feedback: await handoffFeedback(c.env.DB, id) });
  })
  // Once per conversation: a second verdict is refused (409), as a handoff is judged once.
  .post("/:conversationId/handoff-feedback", validate("json", HandoffFeedbackBody), async (c) => {
    const id = c.req.param("conversationId");
    await scopedConversation(c, id);
    // The verdict copies the conversation's D1 row (its trigger reason): bring it up to date first.
    await conversationStub(c.env, id).syncNow();
    const entry = { conversationId: id, workspaceId: c.get("member").workspaceId, verdict: c.req.valid("json").verdict, agentId: c.get("agent").id };
    const result = await saveHandoffFeedback(c.env.DB, entry, Date.now());
    if (!result.ok) {
      const message = result.why === "already_judged" ? "this handoff already has a verdict" : "this conversation was never handed to a person";
      throw apiError(409, result.why, message);
    }
    return c.json({ feedback: result.feedback }, 201);
  });
