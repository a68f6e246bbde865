import type { AgentSockets } from "../durable/sockets.ts";
import { conversationStub, queueStub, rosterStub } from "../durable/stubs.ts";
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
 * workspace's presence socket, the queue feeds of their teams, and every
 * conversation those queues say they may be watching. Used when a session
 * ends (logout, password change) and when a member is deactivated, so a
 * copied token or an open tab stops receiving.
 */
export async function disconnectAgent(env: Env, { workspaceIds, who, code, reason }: Disconnect): Promise<void> {
  const feeds = await Promise.all(
    workspaceIds.map(async (workspaceId) => {
      const teams = await rosterStub(env, workspaceId).disconnect(who, code, reason);
      return Promise.all(teams.map((teamId) => queueStub(env, workspaceId, teamId).disconnect(who, code, reason)));
    }),
  );
  const ids = [...new Set(feeds.flat(2))];
  await Promise.all(ids.map((id) => conversationStub(env, id).disconnect(who, code, reason)));
}
