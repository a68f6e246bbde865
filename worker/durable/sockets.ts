import { z } from "zod";
import { AgentRef, type ServerFrame } from "../protocol/index.ts";

/** Who a socket belongs to; stored as the socket's attachment so it survives hibernation. */
export const SocketIdentity = z.discriminatedUnion("role", [
  /** `address`: the visitor's IP as the worker saw it, for per-address limits. */
  z.object({ role: z.literal("visitor"), address: z.string().max(64).optional() }),
  /** `workspaceId`: the workspace the socket was opened in, checked by the worker before it got here. */
  z.object({ role: z.literal("agent"), agent: AgentRef, workspaceId: z.string(), sessionId: z.string().optional() }),
]);
export type SocketIdentity = z.infer<typeof SocketIdentity>;

/** Whose sockets to close: one session of an agent, or every session when `sessionId` is null. */
export interface AgentSockets {
  agentId: string;
  sessionId: string | null;
}

/** Reads the identity the worker attached to an upgrade request (see IDENTITY_HEADER). */
export function identityFromHeader(value: string | null): SocketIdentity | null {
  if (!value) return null;
  try {
    const parsed = SocketIdentity.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The one way frames leave the server: typed, and harmless on a closing socket. */
export function send(ws: WebSocket, frame: ServerFrame): void {
  sendRaw(ws, JSON.stringify(frame));
}

function sendRaw(ws: WebSocket, data: string): void {
  try {
    ws.send(data);
  } catch {
    // The socket is closing; webSocketClose cleans up.
  }
}

/**
 * Hibernatable sockets tagged by role. Nothing is kept in memory: after
 * eviction `getWebSockets()` and the attachments are the whole picture.
 */
export class SocketHub {
  private readonly ctx: DurableObjectState;

  constructor(ctx: DurableObjectState) {
    this.ctx = ctx;
  }

  accept(ws: WebSocket, identity: SocketIdentity): void {
    const tags =
      identity.role === "agent"
        ? ["agent", `agent:${identity.agent.id}`, ...(identity.sessionId ? [`session:${identity.sessionId}`] : [])]
        : ["visitor"];
    this.ctx.acceptWebSocket(ws, tags);
    ws.serializeAttachment(identity);
  }

  /** Attachments are written only by `accept`, after validation, so a shape check suffices here. */
  identify(ws: WebSocket): SocketIdentity | null {
    const value: unknown = ws.deserializeAttachment();
    if (typeof value !== "object" || value === null || !("role" in value)) return null;
    return value as SocketIdentity;
  }

  /** How many sockets the agent has open here (not counting `except`, which is closing). */
  agentSockets(agentId: string, except?: WebSocket): number {
    return this.ctx.getWebSockets(`agent:${agentId}`).filter((ws) => ws !== except).length;
  }

  /** Sends one frame to the sockets with a tag (one agent's, say); serialises once. */
  broadcastTo(tag: string, frame: ServerFrame): void {
    const data = JSON.stringify(frame);
    for (const ws of this.ctx.getWebSockets(tag)) sendRaw(ws, data);
  }

  /** How many different agents have a socket open. */
  agentsOnline(): number {
    const ids = new Set<string>();
    for (const ws of this.ctx.getWebSockets("agent")) {
      const who = this.identify(ws);
      if (who?.role === "agent") ids.add(who.agent.id);
    }
    return ids.size;
  }

  sockets(role?: "visitor" | "agent"): WebSocket[] {
    return this.ctx.getWebSockets(role);
  }

  /**
   * Closes an agent's sockets: those of one session (after logout), or all of
   * them (deactivated, password changed), so their devices stop receiving at once.
   */
  closeAgent(who: AgentSockets, code: number, reason: string): number {
    const sockets = this.ctx.getWebSockets(who.sessionId ? `session:${who.sessionId}` : `agent:${who.agentId}`);
    for (const ws of sockets) {
      try {
        ws.close(code, reason);
      } catch {
        // already closing
      }
    }
    return sockets.length;
  }

  /** Sends one frame to every socket (of `role`, if given) except `except`; serialises once. */
  broadcast(frame: ServerFrame, options: { role?: "visitor" | "agent"; except?: WebSocket } = {}): void {
    const data = JSON.stringify(frame);
    for (const ws of this.ctx.getWebSockets(options.role)) {
      if (ws !== options.except) sendRaw(ws, data);
    }
  }
}
