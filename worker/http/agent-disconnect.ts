import type { AgentSockets } from "../durable/sockets.ts";
import { conversationStub, queueStub } from "../durable/stubs.ts";
import type { Env } from "../env.ts";

export interface Disconnect {
  /** The workspaces whose queues and conversations the agent may have sockets in. */
  workspaceIds: string[];
  who: AgentSockets;
  /** 4401 (log in again) or 4403 (access removed). */
  code: number;
  reason: string;
}

/**
 * Closes an agent's sockets at once, everywhere they may be open: each
 * workspace's queue feed, and every conversation that queue says they may be
 * watching. Used when a session ends (logout, password change) and when a
 * member is deactivated, so a copied token or an open tab stops receiving.
 */
export async function disconnectAgent(env: Env, { workspaceIds, who, code, reason }: Disconnect): Promise<void> {
  const conversations = await Promise.all(workspaceIds.map((id) => queueStub(env, id).disconnect(who, code, reason)));
  const ids = [...new Set(conversations.flat())];
  await Promise.all(ids.map((id) => conversationStub(env, id).disconnect(who, code, reason)));
}
