import type { MemberRole } from "../workspaces/roles.ts";
import { randomId } from "./base64url.ts";
import { insertSession, sessionAgent } from "./session-repo.ts";
import { signToken, verifyToken } from "./signed-token.ts";

/** A workspace the agent may act in now (active memberships only). */
export interface AgentMembership {
  workspaceId: string;
  role: MemberRole;
}

/** An authenticated agent, as routes and Durable Objects see it. */
export interface AgentIdentity {
  id: string;
  name: string;
  email: string;
  sessionId: string;
  memberships: AgentMembership[];
}

const PREFIX = "v1:agent:";

/**
 * Sessions are rows in D1 (so logout revokes them) named by a signed token
 * (so garbage is rejected without touching D1).
 */
export async function createAgentSession(
  db: D1Database,
  secret: string,
  agentId: string,
  hours: number,
): Promise<{ token: string; expiresAt: number; sessionId: string }> {
  const id = randomId(24);
  const now = Date.now();
  const expiresAt = now + hours * 3_600_000;
  await insertSession(db, id, agentId, now, expiresAt);
  return { token: await signToken(secret, PREFIX + id), expiresAt, sessionId: id };
}

/** The session's agent and their active memberships, in one round trip. */
export async function resolveAgentSession(db: D1Database, secret: string, token: string): Promise<AgentIdentity | null> {
  const payload = await verifyToken(secret, token);
  if (!payload?.startsWith(PREFIX)) return null;
  const sessionId = payload.slice(PREFIX.length);
  const found = await sessionAgent(db, sessionId, Date.now());
  return found ? { ...found.agent, sessionId, memberships: found.memberships } : null;
}
