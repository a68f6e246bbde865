import type { Env } from "../env.ts";

/**
 * The routing queue: one per workspace, so a workspace's agents see only its
 * conversations. The 'default' workspace (data from before workspaces) keeps
 * the deployment's original queue object, so nothing waiting there is lost.
 */
export function queueStub(env: Env, workspaceId: string) {
  return env.QUEUE.get(env.QUEUE.idFromName(workspaceId === "default" ? "main" : `workspace:${workspaceId}`));
}

export function conversationStub(env: Env, conversationId: string) {
  return env.CONVERSATION.get(env.CONVERSATION.idFromName(conversationId));
}

/** Identity the worker hands a Durable Object with a WebSocket upgrade, after authenticating it. */
export const IDENTITY_HEADER = "x-baton-identity";

/** A renewed visitor token the worker minted at upgrade; the conversation hands it over in `welcome`. */
export const RENEWED_TOKEN_HEADER = "x-baton-renewed-token";
