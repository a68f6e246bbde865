import { Hono } from "hono";
import { z } from "zod";
import { readConfig } from "../config.ts";
import { draftFromQuestions } from "../gaps/create-draft.ts";
import { listGaps } from "../gaps/gap-list.ts";
import { gapImpacts } from "../gaps/impact.ts";
import { ArticleRepo } from "../kb/article-repo.ts";
import { embedderFor } from "../kb/embedder.ts";
import { DraftRequest } from "../protocol/index.ts";
import type { AppEnv } from "./app-env.ts";
import { audited } from "./audit.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { requireRole, scopedSite } from "./workspace-scope.ts";

const DAY = 86_400_000;
const Period = z.object({ days: z.coerce.number().int().min(1).max(120).default(28) });

/**
 * Knowledge gaps (issue 13): the questions the AI could not answer, grouped;
 * a group turned into a draft article; and, once published, how often the
 * group's questions are asked and handed over since. Admins only: it is the
 * knowledge base's management, and drafting writes to it.
 */
export const gapRoutes = new Hono<AppEnv>()
  .use("*", requireRole("admin"))
  .get("/", validate("query", Period), async (c) => {
    const site = await scopedSite(c, c.req.param("siteId") ?? "");
    const to = Date.now();
    return c.json(await listGaps(c.env.DB, embedderFor(c.env, site), site.id, { from: to - c.req.valid("query").days * DAY, to: to + 1 }));
  })
  .get("/impact", async (c) => {
    const site = await scopedSite(c, c.req.param("siteId") ?? "");
    return c.json(await gapImpacts(c.env.DB, embedderFor(c.env, site), site.id));
  })
  .post("/drafts", validate("json", DraftRequest), async (c) => {
    const site = await scopedSite(c, c.req.param("siteId") ?? "");
    const embedder = embedderFor(c.env, site);
    const model = site.settings.ai.model ?? readConfig(c.env).AI_MODEL;
    const outcome = await draftFromQuestions(
      {
        db: c.env.DB,
        store: new ArticleRepo(c.env.DB, embedder),
        embedder,
        // Workers AI is selected exactly when the site embeds (embedder.ts): then the model writes the draft.
        writer: embedder ? { ai: c.env.AI, model } : null,
        workspaceId: c.get("member").workspaceId,
        siteId: site.id,
        agentId: c.get("agent").id,
      },
      c.req.valid("json").questions,
    );
    if (!outcome.ok && outcome.why === "no_questions") throw apiError(404, "not_found", "none of these questions is in this site's conversations");
    if (!outcome.ok) throw apiError(422, "no_answers", "no agent answered these questions yet: there is nothing to draft from");
    const { article, gapId, writtenBy, questions } = outcome;
    await audited(c, { action: "article.draft", target: { type: "article", id: article.id, label: article.title }, after: { gapId, questions, writtenBy } }).run();
    return c.json({ article, gapId, writtenBy }, 201);
  });
