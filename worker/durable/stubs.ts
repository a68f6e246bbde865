import type { Env } from "../env.ts";

/**
 * A team's routing queue: one per workspace and team, so a workspace's agents
 * see only its conversations and each team's only its own. The 'default'
 * workspace's everyone-team keeps the deployment's original queue object
 * ("main"), so nothing waiting there from before workspaces is lost.
 */
export function queueStub(env: Env, workspaceId: string, teamId = "all") {
  const name = workspaceId === "default" && teamId === "all" ? "main" : `queue:${workspaceId}:${teamId}`;
  return env.QUEUE.get(env.QUEUE.idFromName(name));
}

/** The workspace's roster: presence and load of its agents, single writer of capacity. */
export function rosterStub(env: Env, workspaceId: string) {
  return env.ROSTER.get(env.ROSTER.idFromName(`roster:${workspaceId}`));
}

/** Which workspace (and team) a queue or roster object serves, from the name it was created with. */
export function workspaceOfName(name: string | undefined): string {
  if (!name || name === "main") return "default";
  const [, workspaceId] = name.split(":");
  if (!workspaceId) throw new Error(`not a roster or queue object name: ${name}`);
  return workspaceId;
}

export function teamOfName(name: string | undefined): string {
  if (!name || name === "main") return "all";
  return name.split(":")[2] ?? "all";
}

export function conversationStub(env: Env, conversationId: string) {
  return env.CONVERSATION.get(env.CONVERSATION.idFromName(conversationId));
}

/** Identity the worker hands a Durable Object with a WebSocket upgrade, after authenticating it. */
export const IDENTITY_HEADER = "x-baton-identity";

/** A renewed visitor token the worker minted at upgrade; the conversation hands it over in `welcome`. */
export const RENEWED_TOKEN_HEADER = "x-baton-renewed-token";
