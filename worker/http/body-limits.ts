import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";
import { apiError } from "./errors.ts";

const KB = 1024;

/**
 * Largest request body per kind of route, refused with 413 before it is read
 * (hono's bodyLimit checks Content-Length first, then counts while streaming).
 * Chat routes carry a few KB; articles and imports more. First match wins.
 */
const TIERS: { name: string; match: RegExp; bytes: number }[] = [
  { name: "article import", match: /\/articles\/import(-urls)?$/, bytes: 8 * KB * KB },
  { name: "article", match: /\/articles(\/[^/]+)?$/, bytes: 512 * KB },
  { name: "settings", match: /\/sites(\/[^/]+)?$|\/policy\/try$/, bytes: 256 * KB },
  { name: "default", match: /./, bytes: 16 * KB },
];

const limiters = TIERS.map((tier) => ({
  ...tier,
  limit: bodyLimit({
    maxSize: tier.bytes,
    onError: () => {
      throw apiError(413, "body_too_large", `the request body is larger than ${Math.round(tier.bytes / KB)} KB (${tier.name} limit)`);
    },
  }),
}));

/** Applied to every route of the app: requests without a body pass untouched. */
export const limitBodies = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD") return next();
  const limiter = limiters.find((l) => l.match.test(c.req.path));
  return limiter ? limiter.limit(c, next) : next();
});
