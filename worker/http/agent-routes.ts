import { Hono } from "hono";
import { revokeAgentSession, type AgentIdentity } from "../auth/agent-session.ts";
import { conversationStub, IDENTITY_HEADER, queueStub } from "../durable/stubs.ts";
import { ListFilter, listConversations, readTranscript } from "../transcripts/transcript-repo.ts";
import { kbRoutes } from "./kb-routes.ts";
import type { AppEnv } from "./app-env.ts";
import { requireAgent } from "./agent-auth.ts";
import { clearSessionCookie } from "./auth-routes.ts";
import { apiError } from "./errors.ts";
import { validate } from "./validate.ts";

/** Forwards an agent's WebSocket upgrade to a Durable Object, stamped with who they are. */
async function forwardAgentSocket(request: Request, agent: AgentIdentity, target: Fetcher): Promise<Response> {
  if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    throw apiError(426, "upgrade_required", "expected a WebSocket upgrade");
  }
  const headers = new Headers(request.headers);
  const identity = { role: "agent", agent: { id: agent.id, name: agent.name }, sessionId: agent.sessionId };
  headers.set(IDENTITY_HEADER, JSON.stringify(identity));
  const response = await target.fetch(new Request(request.url, { headers }));
  if (response.status === 404) throw apiError(404, "not_found", "no such conversation");
  return response;
}

/** HTTP API for the console; every route needs an agent session. */
export const agentApi = new Hono<AppEnv>()
  .use("*", requireAgent)
  .get("/me", (c) => {
    const { id, name, email } = c.get("agent");
    return c.json({ agent: { id, name, email } });
  })
  .post("/logout", async (c) => {
    const { sessionId, id } = c.get("agent");
    await revokeAgentSession(c.env.DB, sessionId);
    const held = await queueStub(c.env).endSession(sessionId, id);
    // A copied token must not keep a live conversation open after its session ends.
    await Promise.all(held.map((conversationId) => conversationStub(c.env, conversationId).endSession(sessionId)));
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .get("/conversations", validate("query", ListFilter), async (c) => {
    return c.json({ conversations: await listConversations(c.env.DB, c.req.valid("query")) });
  })
  .get("/conversations/:id/transcript", async (c) => {
    const id = c.req.param("id");
    const stored = await readTranscript(c.env.DB, id);
    if (stored?.conversation.state === "resolved") return c.json(stored);
    // A live conversation's newest messages (or a new one's row) may still be on their way to D1: send them first.
    const exists = await conversationStub(c.env, id).syncNow();
    const transcript = exists ? await readTranscript(c.env.DB, id) : stored;
    if (!transcript) throw apiError(404, "not_found", `no conversation ${id}`);
    return c.json(transcript);
  })
  .route("/sites", kbRoutes);

/** WebSockets for the console: the queue feed, and one per open conversation. */
export const agentSockets = new Hono<AppEnv>()
  .use("*", requireAgent)
  .get("/queue", (c) => forwardAgentSocket(c.req.raw, c.get("agent"), queueStub(c.env)))
  .get("/conversations/:id", (c) =>
    forwardAgentSocket(c.req.raw, c.get("agent"), conversationStub(c.env, c.req.param("id"))),
  );
