import { Hono } from "hono";
import { meterOn, meterSnapshot } from "../durable/meter.ts";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";

/**
 * GET /api/meter: the opt-in meter's counts (durable/meter.ts), for the
 * bench. Absent (404) unless METER is "on": a deployment never shows it.
 */
export const meterRoutes = new Hono<AppEnv>().get("/api/meter", (c) => {
  if (!meterOn(c.env)) throw apiError(404, "not_found", "no route for GET /api/meter");
  return c.json({ at: Date.now(), ...meterSnapshot() });
});
