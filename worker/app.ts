import { Hono } from "hono";
import type { AppEnv } from "./http/app-env.ts";
import { accountRoutes } from "./http/account-routes.ts";
import { agentApi } from "./http/agent-routes.ts";
import { agentSockets } from "./http/agent-sockets.ts";
import { authRoutes } from "./http/auth-routes.ts";
import { consoleRoutes } from "./http/console-routes.ts";
import { limitBodies } from "./http/body-limits.ts";
import { meterRoutes } from "./http/meter-routes.ts";
import { onError } from "./http/errors.ts";
import { healthRoutes } from "./http/health-routes.ts";
import { resumeRoutes } from "./http/resume-routes.ts";
import { visitorRoutes } from "./http/visitor-routes.ts";

/** The HTTP surface. Static files (demo site, widget, console) are served by assets before this runs. */
export const app = new Hono<AppEnv>()
  .use("*", limitBodies)
  .route("/", healthRoutes)
  .route("/", meterRoutes)
  .route("/", visitorRoutes)
  .route("/", resumeRoutes)
  .route("/", consoleRoutes)
  .route("/api/auth", authRoutes)
  .route("/api", accountRoutes)
  .route("/api/agent", agentApi)
  .route("/ws/agent", agentSockets)
  .notFound((c) => c.json({ error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` } }, 404))
  .onError(onError);
