import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { vi } from "vitest";
import { z } from "zod";
import { app } from "../../worker/app.ts";
import type { Env } from "../../worker/env.ts";
import { BASE } from "../helpers/socket.ts";
import { badBodies } from "./bad-bodies.ts";
import type { BodyRoute } from "./body-routes.ts";
import { fuzzParameters, type FuzzResult } from "./fuzz-options.ts";
import { memoizedReads } from "./memoized-reads.ts";

/** Bodies per route: the floor. */
export const BODIES = 10_000;

/** The one error shape of the API (worker/http/errors.ts). */
const ApiErrorBody = z.object({ error: z.object({ code: z.string().min(1), message: z.string().min(1) }) });

/** Why the answer to `body` is not a typed 4xx, or null when it is. */
async function wrongAnswer(route: BodyRoute, body: string, fuzzEnv: Env, ctx: ExecutionContext): Promise<string | null> {
  const request = new Request(`${BASE}${route.url}`, { method: route.method, headers: { ...route.headers, "Content-Type": "application/json" }, body });
  const response = await app.fetch(request, fuzzEnv, ctx);
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // reported below
  }
  if (response.status >= 400 && response.status < 500 && ApiErrorBody.safeParse(parsed).success) return null;
  return `${response.status} ${text.slice(0, 200)} for ${JSON.stringify(body.slice(0, 300))}`;
}

/**
 * Property: every generated bad body sent to the route is answered by a 4xx
 * with `{ error: { code, message } }`. Bodies go in concurrent batches, and
 * each answer is checked against its own body, so a failure names it.
 *
 * The app is called in this isolate (worker/index.ts's fetch is app.fetch),
 * not through the runtime's loopback, and with memoized D1 reads under a
 * clock held still (memoized-reads.ts): 10,000 bodies then take seconds.
 */
export async function fuzzRoute(route: BodyRoute, total = BODIES, batch = 100): Promise<FuzzResult> {
  const started = Date.now();
  const clock = vi.spyOn(Date, "now").mockReturnValue(started);
  const fuzzEnv: Env = { ...env, DB: memoizedReads(env.DB) };
  const ctx = createExecutionContext();
  let sent = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(badBodies(route.valid), { minLength: batch, maxLength: batch }), async (bodies) => {
        sent += bodies.length;
        const wrong = (await Promise.all(bodies.map((body) => wrongAnswer(route, body, fuzzEnv, ctx)))).filter((w) => w !== null);
        if (wrong.length > 0) throw new Error(`${route.method} ${route.url}: ${wrong.length} of ${bodies.length} bad bodies not refused with a typed 4xx:\n${wrong.slice(0, 3).join("\n")}`);
      }),
      fuzzParameters(Math.ceil(total / batch)),
    );
  } finally {
    clock.mockRestore();
  }
  return { sent, ms: Date.now() - started };
}
