import { Hono } from "hono";
import { readConfig } from "../config.ts";
import type { AppEnv } from "./app-env.ts";

export const healthRoutes = new Hono<AppEnv>().get("/api/health", async (c) => {
  const config = readConfig(c.env);
  const db = await c.env.DB.prepare("SELECT 1 AS ok").first<{ ok: number }>();
  return c.json({ ok: db?.ok === 1, aiProvider: config.AI_PROVIDER, time: Date.now() });
});
