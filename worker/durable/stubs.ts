import type { Env } from "../env.ts";

/** The routing queue; one per deployment for now (teams and sites can shard it later). */
export function queueStub(env: Env) {
  return env.QUEUE.get(env.QUEUE.idFromName("main"));
}

export function conversationStub(env: Env, conversationId: string) {
  return env.CONVERSATION.get(env.CONVERSATION.idFromName(conversationId));
}

/** Identity the worker hands a Durable Object with a WebSocket upgrade, after authenticating it. */
export const IDENTITY_HEADER = "x-baton-identity";

/** A renewed visitor token the worker minted at upgrade; the conversation hands it over in `welcome`. */
export const RENEWED_TOKEN_HEADER = "x-baton-renewed-token";
