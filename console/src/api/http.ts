import { z } from "zod";
import { ApiError } from "./api-error.ts";

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

type UnauthorizedHandler = (error: ApiError) => void;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** The session store listens here: any 401 from an agent route means "log in again". */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

interface RequestOptions {
  body?: unknown;
  /** Login answers 401 for a wrong password: that is a form error, not an expired session. */
  expectUnauthorized?: boolean;
}

/**
 * One same-origin JSON call: the session cookie rides along, the answer is
 * validated, and every failure becomes an ApiError with a readable message.
 */
export async function apiRequest<T>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: options.body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, "network", "Cannot reach the server. Check your connection and try again.");
  }
  const data = await readJson(response);
  if (!response.ok) {
    const error = toApiError(response.status, data);
    if (error.unauthorized && !options.expectUnauthorized) unauthorizedHandler?.(error);
    throw error;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(response.status, "bad_response", "The server sent an answer the console does not understand.");
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const body = ErrorBody.safeParse(data);
  if (body.success) return new ApiError(status, body.data.error.code, body.data.error.message, body.data.error.issues);
  if (status >= 500) return new ApiError(status, "server", `The server had a problem (HTTP ${status}). Try again in a moment.`);
  return new ApiError(status, "http", `The request failed (HTTP ${status}).`);
}
