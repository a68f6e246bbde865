import { z } from "zod";

/**
 * What a member may do in a workspace. Agents work conversations and read the
 * knowledge base; admins also edit the knowledge base, sites, settings and
 * members; owners also manage admins and owners and can delete the workspace.
 */
export const MemberRole = z.enum(["owner", "admin", "agent"]);
export type MemberRole = z.infer<typeof MemberRole>;

const RANK: Record<MemberRole, number> = { agent: 0, admin: 1, owner: 2 };

export function atLeast(role: MemberRole, least: MemberRole): boolean {
  return RANK[role] >= RANK[least];
}

/** Admins manage agents only; owners manage everyone, so nobody can raise anyone above their own role. */
export function mayManage(actor: MemberRole, target: MemberRole): boolean {
  return actor === "owner" || (actor === "admin" && target === "agent");
}
