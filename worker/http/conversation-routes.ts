import { Hono } from "hono";
import { conversationStub } from "../durable/stubs.ts";
import { ListFilter, listConversations, readTranscript } from "../transcripts/transcript-repo.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { scopedConversation } from "./workspace-scope.ts";

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
  });
