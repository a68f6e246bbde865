import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Every API error has this body: a stable code for programs, a sentence for people. */
export interface ApiErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

export function apiError(
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: ApiErrorBody["error"]["issues"],
): HTTPException {
  const body: ApiErrorBody = { error: { code, message, ...(issues ? { issues } : {}) } };
  return new HTTPException(status, { res: Response.json(body, { status }), message: `${code}: ${message}` });
}

/**
 * A browser cannot read the HTTP status of a refused WebSocket upgrade (it
 * looks like a network error, so clients retry forever). Refusals are
 * therefore sent as an accepted socket closed at once with 4000 + status
 * (4401 unauthenticated, 4403 forbidden, 4404 gone) and the reason.
 */
export function refuseSocket(status: number, reason: string): Response {
  const { 0: client, 1: server } = new WebSocketPair();
  server.accept();
  server.close(4000 + status, reason.slice(0, 120));
  return new Response(null, { status: 101, webSocket: client });
}

function isUpgrade(c: Context): boolean {
  return c.req.header("Upgrade")?.toLowerCase() === "websocket";
}

/** The app's one error handler. */
export function onError(error: Error, c: Context): Response {
  if (error instanceof HTTPException && isUpgrade(c) && error.status >= 400 && error.status < 500) {
    return refuseSocket(error.status, error.message);
  }
  if (error instanceof HTTPException) return error.getResponse();
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  const body: ApiErrorBody = { error: { code: "internal", message: "something went wrong on our side; try again" } };
  return c.json(body, 500);
}
