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

/** The app's one error handler. */
export function onError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) return error.getResponse();
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  const body: ApiErrorBody = { error: { code: "internal", message: "something went wrong on our side; try again" } };
  return c.json(body, 500);
}
