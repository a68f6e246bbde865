import { Hono } from "hono";
import type { AppEnv } from "./app-env.ts";

/**
 * A console screen's own address (/console/reports): no file has that path, so assets hand it to the
 * worker, which answers with the console's page; the console turns the path into its #/reports view.
 * Only one lowercase segment: anything with a dot or a slash is a file that does not exist, and stays a 404.
 */
export const consoleRoutes = new Hono<AppEnv>().get("/console/:view{[a-z][a-z-]*}", async (c) => {
  const page = await c.env.ASSETS.fetch(new URL("/console/", c.req.url));
  if (!page.ok) return c.notFound();
  return new Response(page.body, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" } });
});
