import { z } from "zod";
import { apiRequest } from "./http.ts";
import { apiPath } from "./workspace-path.ts";

export const Assignment = z.enum(["manual", "auto"]);
export type Assignment = z.infer<typeof Assignment>;

/** A team as worker/http/team-routes.ts keeps it; the everyone-team ("all") is implicit and not listed. */
export const Team = z.object({ id: z.string(), name: z.string(), assignment: Assignment, offerSeconds: z.number(), members: z.array(z.string()) });
export type Team = z.infer<typeof Team>;

export const RoutingDefaults = z.object({ defaultCapacity: z.number(), allAssignment: Assignment });
export type RoutingDefaults = z.infer<typeof RoutingDefaults>;

const Teams = z.object({ teams: z.array(Team), defaults: RoutingDefaults.nullable() });
const Ok = z.object({ ok: z.boolean() });

/** Teams, the workspace's routing defaults and capacity per member. Members read; admins write. */
export const teamApi = {
  list(): Promise<z.infer<typeof Teams>> {
    return apiRequest("GET", apiPath("/teams"), Teams);
  },
  async save(team: Team): Promise<void> {
    const { id, ...body } = team;
    await apiRequest("PUT", apiPath(`/teams/${encodeURIComponent(id)}`), z.object({ team: Team }), { body });
  },
  async remove(id: string): Promise<void> {
    await apiRequest("DELETE", apiPath(`/teams/${encodeURIComponent(id)}`), Ok);
  },
  async setDefaults(defaults: RoutingDefaults): Promise<void> {
    await apiRequest("PATCH", apiPath("/routing"), z.object({ defaults: RoutingDefaults }), { body: defaults });
  },
  /** null: the workspace's default capacity. */
  async setCapacity(agentId: string, capacity: number | null): Promise<void> {
    await apiRequest("PATCH", apiPath(`/members/${encodeURIComponent(agentId)}/capacity`), z.object({ capacity: z.number().nullable() }), { body: { capacity } });
  },
};
