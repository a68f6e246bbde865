import { Hono, type Context } from "hono";
import { z } from "zod";
import { MAX_TEXT_CHARS, PLACEHOLDERS, unknownPlaceholders } from "../protocol/index.ts";
import {
  CANNED_LIMIT,
  cannedCount,
  deleteCanned,
  getCanned,
  listCanned,
  newCannedId,
  saveCanned,
  shortcutTaken,
  type CannedResponse,
} from "../workspaces/canned-repo.ts";
import type { AppEnv } from "./app-env.ts";
import { audited } from "./audit.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";
import { requireRole } from "./workspace-scope.ts";

const known = PLACEHOLDERS.map((p) => `{${p}}`).join(", ");

const CannedInput = z.object({
  shortcut: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "1–40 lowercase letters, digits, - and _ (typed after / in the reply box)"),
  title: z.string().trim().min(1).max(80),
  text: z
    .string()
    .trim()
    .min(1, "the response is empty")
    .max(MAX_TEXT_CHARS)
    .superRefine((text, ctx) => {
      const unknown = unknownPlaceholders(text);
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `unknown placeholder ${unknown.map((u) => `{${u}}`).join(", ")}; use ${known}` });
    }),
});
type CannedInput = z.infer<typeof CannedInput>;

async function requireFreeShortcut(c: Context<AppEnv>, shortcut: string, exceptId: string | null): Promise<void> {
  if (await shortcutTaken(c.env.DB, c.get("member").workspaceId, shortcut, exceptId)) {
    throw apiError(409, "shortcut_taken", `another canned response already uses /${shortcut}`, [{ path: "shortcut", message: "already used by another response" }]);
  }
}

async function existing(c: Context<AppEnv>): Promise<CannedResponse> {
  const id = c.req.param("cannedId") ?? "";
  const found = await getCanned(c.env.DB, c.get("member").workspaceId, id);
  if (!found) throw apiError(404, "not_found", `no canned response ${id}`);
  return found;
}

function written(c: Context<AppEnv>, input: CannedInput, base: Pick<CannedResponse, "id" | "createdAt">): CannedResponse {
  return { ...base, ...input, updatedAt: Date.now(), updatedBy: c.get("agent").id };
}

/** A workspace's canned responses: every member reads them (the composer's "/" picker), admins write them. */
export const cannedRoutes = new Hono<AppEnv>()
  .get("/", async (c) => c.json({ canned: await listCanned(c.env.DB, c.get("member").workspaceId) }))
  .post("/", requireRole("admin"), validate("json", CannedInput), async (c) => {
    const { workspaceId } = c.get("member");
    const input = c.req.valid("json");
    if ((await cannedCount(c.env.DB, workspaceId)) >= CANNED_LIMIT) throw apiError(409, "limit_reached", `a workspace keeps at most ${CANNED_LIMIT} canned responses`);
    await requireFreeShortcut(c, input.shortcut, null);
    const response = written(c, input, { id: newCannedId(), createdAt: Date.now() });
    await c.env.DB.batch([
      saveCanned(c.env.DB, workspaceId, response),
      audited(c, { action: "canned.create", target: { type: "canned", id: response.id, label: response.shortcut }, after: input }),
    ]);
    return c.json({ canned: response }, 201);
  })
  .put("/:cannedId", requireRole("admin"), validate("json", CannedInput), async (c) => {
    const before = await existing(c);
    const input = c.req.valid("json");
    await requireFreeShortcut(c, input.shortcut, before.id);
    const response = written(c, input, before);
    const { shortcut, title, text } = before;
    await c.env.DB.batch([
      saveCanned(c.env.DB, c.get("member").workspaceId, response),
      audited(c, { action: "canned.update", target: { type: "canned", id: before.id, label: input.shortcut }, before: { shortcut, title, text }, after: input }),
    ]);
    return c.json({ canned: response });
  })
  .delete("/:cannedId", requireRole("admin"), async (c) => {
    const before = await existing(c);
    const { shortcut, title, text } = before;
    await c.env.DB.batch([
      deleteCanned(c.env.DB, c.get("member").workspaceId, before.id),
      audited(c, { action: "canned.delete", target: { type: "canned", id: before.id, label: shortcut }, before: { shortcut, title, text } }),
    ]);
    return c.json({ ok: true });
  });
