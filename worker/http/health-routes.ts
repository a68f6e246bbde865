import { Hono } from "hono";
import { readConfig } from "../config.ts";
import { databaseAnswers } from "../health/health-repo.ts";
import type { AppEnv } from "./app-env.ts";

export const healthRoutes = new Hono<AppEnv>().get("/api/health", async (c) => {
  const config = readConfig(c.env);
  const ok = await databaseAnswers(c.env.DB);
  return c.json({ ok, aiProvider: config.AI_PROVIDER, time: Date.now() });
});
