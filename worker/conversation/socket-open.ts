import { z } from "zod";
import { identityFromHeader, send, type SocketHub } from "../durable/sockets.ts";
import { IDENTITY_HEADER, RENEWED_TOKEN_HEADER } from "../durable/stubs.ts";
import type { ServerFrameOf } from "../protocol/index.ts";
import type { Conversation } from "./conversation.ts";
import type { MessageLog } from "./message-log.ts";

const HISTORY_PAGE = 200;

const RenewedToken = z.object({ token: z.string(), expiresAt: z.number() });

/**
 * A client joins the conversation: the worker authenticated it and said who
 * it is in a header; it gets `welcome`, every message after `after`, and
 * (agents) the briefing. Refusals are plain HTTP statuses the worker turns
 * into close codes.
 */
export function openConversationSocket(
  request: Request,
  conversation: Conversation,
  hub: SocketHub,
  log: MessageLog,
  queueStatus: ServerFrameOf<"queue_status"> | null,
  ratingRequest: ServerFrameOf<"rating_request"> | null = null,
): Response {
  if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    return new Response("expected a WebSocket upgrade", { status: 426 });
  }
  const identity = identityFromHeader(request.headers.get(IDENTITY_HEADER));
  if (!identity) return new Response("missing socket identity", { status: 400 });
  // The worker checked the workspace; this is the backstop should a caller ever skip it.
  if (identity.role === "agent" && identity.workspaceId !== conversation.workspaceId) {
    return new Response("not in your workspace", { status: 403 });
  }
  const after = Math.max(0, Math.floor(Number(new URL(request.url).searchParams.get("after")) || 0));
  const { 0: client, 1: server } = new WebSocketPair();
  hub.accept(server, identity);
  send(server, {
    type: "welcome",
    conversationId: conversation.id,
    role: identity.role,
    state: conversation.state,
    agent: conversation.agent,
    lastSeq: log.lastSeq(),
    ...(identity.role === "visitor" ? renewedToken(request.headers.get(RENEWED_TOKEN_HEADER)) : {}),
  });
  sendHistory(server, log, after, identity.role);
  if (identity.role === "agent" && conversation.briefing) send(server, { type: "briefing", briefing: conversation.briefing });
  if (identity.role === "visitor" && conversation.state === "queued" && queueStatus) send(server, queueStatus);
  // An unanswered ask survives a reload; once rated there is none.
  if (identity.role === "visitor" && ratingRequest) send(server, ratingRequest);
  return new Response(null, { status: 101, webSocket: client });
}

/** Every message after `after`, in pages; visitors never get agents' private notes. */
export function sendHistory(ws: WebSocket, log: MessageLog, after: number, audience: "agent" | "visitor"): void {
  let from = after;
  for (;;) {
    const messages = log.after(from, HISTORY_PAGE, audience);
    send(ws, { type: "history", messages });
    if (messages.length < HISTORY_PAGE) return;
    from = messages[messages.length - 1]?.seq ?? from;
  }
}

function renewedToken(header: string | null): { token?: string; tokenExpiresAt?: number } {
  if (!header) return {};
  const parsed = RenewedToken.safeParse(JSON.parse(header));
  return parsed.success ? { token: parsed.data.token, tokenExpiresAt: parsed.data.expiresAt } : {};
}
