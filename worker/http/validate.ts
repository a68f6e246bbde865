import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { z } from "zod";
import { apiError } from "./errors.ts";

/** zValidator whose failures are the API's typed 400 error, listing every problem. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (result.success) return;
    const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const first = issues[0];
    throw apiError(400, "invalid_request", first ? `${first.path || target}: ${first.message}` : "invalid request", issues);
  });
}
