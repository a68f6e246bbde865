import { describe, expect, it } from "vitest";
import { agentRoutes, fill, WORKSPACE_ROUTES, type Role } from "../helpers/route-table.ts";
import { callRoute, memberOf, workspaceFixture } from "../helpers/workspace-fixture.ts";

const ROLES: Role[] = ["agent", "admin", "owner"];
const rank = (role: Role) => ROLES.indexOf(role);

// Allowed calls that would end the fixture (the workspace deleted, the agent deactivated) are tested on their own elsewhere.
const ENDS_FIXTURE = new Set(["DELETE api", "PATCH api/members/:agentId"]);

describe("roles are enforced on the server, route by route", () => {
  it("refuses every route to the roles below its least role (403), and lets the others through", async () => {
    const fixture = await workspaceFixture("Echo");
    const { scoped } = agentRoutes();
    for (const route of scoped) {
      const spec = WORKSPACE_ROUTES[route.key];
      if (!spec) throw new Error(`no route table entry for ${route.key}`);
      for (const role of ROLES.filter((r) => rank(r) < rank(spec.least))) {
        const status = await callRoute(memberOf(fixture, role), route, fill(route.path, fixture.params), spec, fixture);
        expect(status, `${route.key} as ${role} (needs ${spec.least})`).toBe(403);
      }
    }
    for (const route of scoped) {
      const spec = WORKSPACE_ROUTES[route.key];
      if (!spec || ENDS_FIXTURE.has(route.key)) continue;
      const status = await callRoute(memberOf(fixture, spec.least), route, fill(route.path, fixture.params), spec, fixture);
      expect(status, `${route.key} as ${spec.least}`).not.toBe(403);
      expect(status, `${route.key} as ${spec.least}`).toBeLessThan(500);
    }
  });
});
