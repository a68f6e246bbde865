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

/** Codes for errors raised by hono itself (malformed JSON, a body over its limit…), which carry only a status. */
const CODE_FOR_STATUS: Partial<Record<number, string>> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "body_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
};

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

/** An HTTPException hono raised without our body gets one, so every error has the documented shape. */
function typedResponse(error: HTTPException): Response {
  if (error.res) return error.getResponse();
  const malformedJson = error.status === 400 && /json/i.test(error.message);
  const code = malformedJson ? "bad_json" : (CODE_FOR_STATUS[error.status] ?? "http_error");
  const message = malformedJson ? "the request body is not valid JSON" : error.message || `HTTP ${error.status}`;
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status: error.status });
}

/** The app's one error handler. */
export function onError(error: Error, c: Context): Response {
  if (error instanceof HTTPException && isUpgrade(c) && error.status >= 400 && error.status < 500) {
    return refuseSocket(error.status, error.message);
  }
  if (error instanceof HTTPException) return typedResponse(error);
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  const body: ApiErrorBody = { error: { code: "internal", message: "something went wrong on our side; try again" } };
  return c.json(body, 500);
}
