import { app } from "../../worker/app.ts";

export type Role = "owner" | "admin" | "agent";

/** The ids a route's path may name, taken from one workspace's fixtures. */
export interface RouteParams {
  workspaceId: string;
  siteId: string;
  conversationId: string;
  articleId: string;
  agentId: string;
  inviteId: string;
  /** Team ids are names within a workspace (not global ids): the same id under another workspace is that workspace's team. */
  teamId: string;
  cannedId: string;
  /** A reports export, e.g. figures.csv (names no resource: the same for every workspace). */
  table: string;
}

export interface RouteSpec {
  /** The least role that may use the route. */
  least: Role;
  /** A valid body, so that what is tested is the check and not the validator. */
  body?: (p: RouteParams & { workspaceName: string }) => unknown;
  query?: string;
}

/**
 * Every route under /api/agent/workspaces/:workspaceId and
 * /ws/agent/workspaces/:workspaceId, by method and the path after the
 * workspace. A route added to the app without an entry here fails the
 * isolation and role tests, which is the point: it must be thought about.
 */
export const WORKSPACE_ROUTES: Record<string, RouteSpec> = {
  "GET api": { least: "agent" },
  "PATCH api": { least: "admin", body: () => ({ name: "Renamed by someone" }) },
  "DELETE api": { least: "owner", body: (p) => ({ confirm: p.workspaceName }) },
  "GET api/audit": { least: "admin" },
  "GET api/conversations": { least: "agent" },
  "GET api/conversations/:conversationId/transcript": { least: "agent" },
  "GET api/conversations/:conversationId/handoff-feedback": { least: "agent" },
  "POST api/conversations/:conversationId/handoff-feedback": { least: "agent", body: () => ({ verdict: "not_needed" }) },
  "GET api/sites": { least: "agent" },
  "POST api/sites": { least: "admin", body: () => ({ name: "Another site" }) },
  "GET api/sites/:siteId": { least: "agent" },
  "PATCH api/sites/:siteId": { least: "admin", body: () => ({ name: "Renamed site" }) },
  "POST api/sites/:siteId/policy/try": { least: "admin", body: () => ({ message: "can I talk to a person?" }) },
  "GET api/sites/:siteId/articles": { least: "agent" },
  "GET api/sites/:siteId/articles/:articleId": { least: "agent" },
  "POST api/sites/:siteId/articles": { least: "admin", body: () => ({ title: "Planted", body: "## Planted\n\nA planted article." }) },
  "PUT api/sites/:siteId/articles/:articleId": { least: "admin", body: () => ({ title: "Overwritten", body: "## Overwritten\n\nGone." }) },
  "DELETE api/sites/:siteId/articles/:articleId": { least: "admin" },
  "POST api/sites/:siteId/articles/:articleId/publish": { least: "admin" },
  "GET api/sites/:siteId/gaps": { least: "admin", query: "days=28" },
  "GET api/sites/:siteId/gaps/impact": { least: "admin" },
  "POST api/sites/:siteId/gaps/drafts": { least: "admin", body: (p) => ({ questions: [{ conversationId: p.conversationId, seq: 1 }] }) },
  "POST api/sites/:siteId/articles/import": { least: "admin", body: () => ({ articles: [{ title: "Planted", body: "Planted text." }] }) },
  "POST api/sites/:siteId/articles/import-urls": { least: "admin", body: () => ({ urls: ["https://pages.test/planted"] }) },
  "POST api/sites/:siteId/reindex": { least: "admin" },
  "GET api/sites/:siteId/search": { least: "agent", query: "q=refund" },
  "GET api/members": { least: "agent" },
  "PATCH api/members/:agentId": { least: "admin", body: () => ({ role: "agent", active: false }) },
  "POST api/members/:agentId/password-reset": { least: "admin" },
  "GET api/invites": { least: "admin" },
  "POST api/invites": { least: "admin", body: () => ({ email: "planted@example.test", role: "agent" }) },
  "DELETE api/invites/:inviteId": { least: "admin" },
  "GET api/teams": { least: "agent" },
  "PUT api/teams/:teamId": { least: "admin", body: () => ({ name: "Overwritten team", members: [] }) },
  "DELETE api/teams/:teamId": { least: "admin" },
  "PATCH api/routing": { least: "admin", body: () => ({ defaultCapacity: 7, allAssignment: "auto" }) },
  "PATCH api/members/:agentId/capacity": { least: "admin", body: () => ({ capacity: 9 }) },
  "POST api/conversations/:conversationId/take": { least: "agent" },
  "GET api/canned": { least: "agent" },
  "POST api/canned": { least: "admin", body: () => ({ shortcut: "planted", title: "Planted", text: "Hi {visitor.name}, planted." }) },
  "PUT api/canned/:cannedId": { least: "admin", body: () => ({ shortcut: "overwritten", title: "Overwritten", text: "Overwritten by {agent.name}." }) },
  "DELETE api/canned/:cannedId": { least: "admin" },
  "GET api/reports/summary": { least: "admin", query: "from=0&to=86400000" },
  "GET api/reports/conversations": { least: "admin", query: "from=0&to=86400000&metric=conversations" },
  "GET api/reports/export/:table": { least: "admin", query: "from=0&to=86400000" },
  "GET ws/presence": { least: "agent" },
  "GET ws/teams/:teamId/queue": { least: "agent" },
  "GET ws/queue": { least: "agent" },
  "GET ws/conversations/:conversationId": { least: "agent" },
};

/** Routes of a session's own account: they name no workspace and no resource, so there is nothing to isolate. */
export const ACCOUNT_ROUTES = new Set([
  "GET /api/agent/me",
  "PATCH /api/agent/me",
  "POST /api/agent/me/password",
  "POST /api/agent/logout",
  "POST /api/agent/workspaces",
]);

export interface AgentRoute {
  method: string;
  path: string;
  /** `api` or `ws`, then the path after the workspace: the key into WORKSPACE_ROUTES. */
  key: string;
  socket: boolean;
}

const SCOPED = /^\/(api|ws)\/agent\/workspaces\/:workspaceId(.*)$/;

/** Every agent route the app really has (middleware left out), each once. */
export function agentRoutes(): { scoped: AgentRoute[]; unscoped: string[] } {
  const seen = new Set<string>();
  const scoped: AgentRoute[] = [];
  const unscoped: string[] = [];
  for (const { method, path } of app.routes) {
    if (method === "ALL" || !/^\/(api|ws)\/agent(\/|$)/.test(path)) continue;
    const id = `${method} ${path}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const match = SCOPED.exec(path);
    if (!match) unscoped.push(id);
    else scoped.push({ method, path, key: `${method} ${match[1]}${match[2]}`, socket: match[1] === "ws" });
  }
  return { scoped, unscoped };
}

/** The route's path with its parameters filled in; an unknown parameter fails loudly (give the table a fixture for it). */
export function fill(path: string, params: RouteParams): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`route ${path} names :${name}: add it to RouteParams and the fixtures`);
    return encodeURIComponent(params[name as keyof RouteParams]);
  });
}
