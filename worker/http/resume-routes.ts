import { Hono } from "hono";
import { cors } from "hono/cors";
import { z } from "zod";
import { issueVisitorToken } from "../auth/visitor-token.ts";
import { readConfig } from "../config.ts";
import { conversationStub } from "../durable/stubs.ts";
import { readResumeToken } from "../email/resume-link.ts";
import { RESUME_PATH, type ResumedConversation } from "../protocol/index.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { siteForOrigin, visitorTokenTtl } from "./visitor-routes.ts";

const ResumeConversation = z.object({
  /** From the emailed link's `#baton-resume=` fragment (worker/email/resume-link.ts). */
  token: z.string().min(1).max(1024),
});

/**
 * The widget, opened from an emailed link, trades the link's resume token for
 * a visitor token of that conversation: the visitor is back in the same
 * conversation, history and all. Public and cross-origin like starting a
 * conversation, and bound the same way to the site's allowed origins.
 */
export const resumeRoutes = new Hono<AppEnv>()
  .use(RESUME_PATH, cors({ origin: (origin) => origin, allowMethods: ["POST"], allowHeaders: ["Content-Type"] }))
  .post(RESUME_PATH, validate("json", ResumeConversation), async (c) => {
    const config = readConfig(c.env);
    const grant = await readResumeToken(config.AUTH_SECRET, c.req.valid("json").token);
    if (!grant) throw apiError(401, "bad_token", "this link is not valid or has expired; reply to the email or start a new conversation");
    await siteForOrigin(c.env.DB, grant.siteId, c.req.header("Origin"));
    // A valid link is not enough: a conversation erased with its workspace stays gone.
    const owner = await conversationStub(c.env, grant.conversationId).describe();
    if (owner?.siteId !== grant.siteId) throw apiError(404, "not_found", "this conversation no longer exists");
    const { token, expiresAt } = await issueVisitorToken(config.AUTH_SECRET, grant, visitorTokenTtl(config));
    const resumed: ResumedConversation = { conversationId: grant.conversationId, token, tokenExpiresAt: expiresAt };
    return c.json(resumed);
  });
