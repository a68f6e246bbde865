/** A team as routing sees it, and what the roster needs to route a workspace: plain shapes, no storage. */
import type { MemberRole } from "./roles.ts";

export type Assignment = "manual" | "auto";

export interface Team {
  id: string;
  name: string;
  assignment: Assignment;
  offerSeconds: number;
  members: string[];
}

/** What the roster Durable Object needs to route a workspace: its agents, their capacity, its teams. */
export interface RosterConfig {
  defaultCapacity: number;
  allAssignment: Assignment;
  agents: { id: string; name: string; role: MemberRole; capacity: number }[];
  teams: Team[];
}
