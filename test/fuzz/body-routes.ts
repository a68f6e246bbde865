import { app } from "../../worker/app.ts";
import { SHOP_ORIGIN } from "../helpers/fixtures.ts";
import { fill, WORKSPACE_ROUTES } from "../helpers/route-table.ts";
import type { WorkspaceFixture } from "../helpers/workspace-fixture.ts";
import type { Json } from "./bad-bodies.ts";

const TOKEN = "t".repeat(32);

/**
 * Routes outside /api/agent/workspaces/:workspaceId that read a JSON body,
 * each with a body it accepts (bad ones are derived from it) and who calls
 * it: the widget (from a site's origin), anyone, or an agent with a session.
 */
const OTHER_ROUTES: Record<string, { caller: "widget" | "anyone" | "agent"; body: (f: WorkspaceFixture) => Json }> = {
  "POST /api/conversations": {
    caller: "widget",
    body: (f) => ({ siteId: f.params.siteId, visitorId: "visitor-0123456789", visitor: { name: "Ana", email: "ana@example.test" }, page: { url: `${SHOP_ORIGIN}/p`, title: "P" } }),
  },
  "POST /api/conversations/resume": { caller: "widget", body: () => ({ token: TOKEN }) },
  "POST /api/auth/login": { caller: "anyone", body: () => ({ email: "someone@example.test", password: "correct horse battery" }) },
  "POST /api/invites/lookup": { caller: "anyone", body: () => ({ token: TOKEN }) },
  "POST /api/invites/accept": { caller: "anyone", body: () => ({ token: TOKEN, name: "New Person", password: "a long enough password" }) },
  "POST /api/password-resets/lookup": { caller: "anyone", body: () => ({ token: TOKEN }) },
  "POST /api/password-resets/use": { caller: "anyone", body: () => ({ token: TOKEN, password: "a long enough password" }) },
  "PATCH /api/agent/me": { caller: "agent", body: () => ({ name: "Renamed" }) },
  "POST /api/agent/me/password": { caller: "agent", body: () => ({ current: "correct horse battery staple", next: "a long enough password" }) },
  "POST /api/agent/workspaces": { caller: "agent", body: () => ({ name: "Another workspace" }) },
};

/** Routes that change something without reading a body: nothing to fuzz. */
const BODYLESS = new Set(["POST /api/agent/logout"]);

const WORKSPACE_PREFIX = "/api/agent/workspaces/:workspaceId";

export interface BodyRoute {
  method: string;
  url: string;
  valid: Json;
  headers: Record<string, string>;
}

/** Routes of a workspace that read a JSON body, by "METHOD /path" as the app names it. */
export function workspaceBodyRouteIds(): string[] {
  return Object.entries(WORKSPACE_ROUTES)
    .filter(([key, spec]) => spec.body && key.split(" ")[1]?.startsWith("api"))
    .map(([key]) => {
      const [method, rest = ""] = key.split(" ");
      return `${method} ${WORKSPACE_PREFIX}${rest.slice("api".length)}`;
    });
}

/** The other routes that read a JSON body: the widget's, the account links', login, an agent's own account. */
export function otherBodyRouteIds(): string[] {
  return Object.keys(OTHER_ROUTES);
}

/** Routes the app has that change something (not GET) and are neither fuzzed nor known to take no body. */
export function unclassifiedRoutes(): string[] {
  const known = new Set([...otherBodyRouteIds(), ...workspaceBodyRouteIds()]);
  const bodyless = (id: string) => {
    if (BODYLESS.has(id)) return true;
    const [method, path = ""] = id.split(" ");
    if (!path.startsWith(WORKSPACE_PREFIX)) return false;
    return WORKSPACE_ROUTES[`${method} api${path.slice(WORKSPACE_PREFIX.length)}`]?.body === undefined;
  };
  const ids = new Set(app.routes.filter((r) => r.method !== "ALL" && r.method !== "GET").map((r) => `${r.method} ${r.path}`));
  return [...ids].filter((id) => !known.has(id) && !bodyless(id));
}

/** The route `id` in `fixture`'s workspace, called as its owner, the widget or anyone. */
export function bodyRoute(id: string, fixture: WorkspaceFixture): BodyRoute {
  const [method = "POST", path = ""] = id.split(" ");
  const url = fill(path, fixture.params);
  const agent = { Authorization: `Bearer ${fixture.owner.token}` };
  const other = OTHER_ROUTES[id];
  if (other) {
    const headers: Record<string, string> = other.caller === "widget" ? { Origin: SHOP_ORIGIN } : other.caller === "agent" ? agent : {};
    return { method, url, valid: other.body(fixture), headers };
  }
  const spec = WORKSPACE_ROUTES[`${method} api${path.slice(WORKSPACE_PREFIX.length)}`];
  if (!spec?.body) throw new Error(`${id} is not a body route`);
  return { method, url, valid: spec.body({ ...fixture.params, workspaceName: fixture.name }) as Json, headers: agent };
}
