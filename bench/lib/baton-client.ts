/**
 * The product's client side, as the widget and the console use it: start a
 * conversation, open the visitor socket, log an agent in, open the queue
 * feed, claim, open the agent's conversation socket.
 */
import { FrameSocket, type Frame } from "./frame-socket.ts";

export const AGENT = { email: "demo@kestrel.example", password: "demo-agent-password" } as const;
const SITE = "demo";
/** The demo site's workspace (worker/cli/demo-data.ts). */
export const WORKSPACE = "kestrel";
const STEP_TIMEOUT_MS = 15_000;

export interface Pair {
  conversationId: string;
  visitor: FrameSocket;
  agent: FrameSocket;
}

export class BatonClient {
  readonly base: string;
  /** The page origin the demo site allows (the seed's port, not necessarily the server's). */
  readonly origin: string;
  private readonly present = new Map<string, FrameSocket>();

  constructor(base: string, origin: string) {
    this.base = base;
    this.origin = origin;
  }

  private get wsBase(): string {
    return this.base.replace(/^http/, "ws");
  }

  async createConversation(site = SITE): Promise<{ conversationId: string; token: string }> {
    const response = await fetch(`${this.base}/api/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.origin },
      body: JSON.stringify({ siteId: site }),
    });
    if (response.status !== 201) throw new Error(`POST /api/conversations: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as { conversationId: string; token: string };
  }

  /** Opens the visitor socket and waits for its history (the greeting). */
  async visitorSocket(conversationId: string, token: string): Promise<FrameSocket> {
    const url = `${this.wsBase}/ws/conversations/${conversationId}?token=${encodeURIComponent(token)}`;
    const socket = await FrameSocket.open(url, { origin: this.origin });
    await socket.waitFor((f) => f.type === "history", STEP_TIMEOUT_MS, "visitor history");
    return socket;
  }

  async login(agent: { email: string; password: string } = AGENT): Promise<string> {
    const response = await fetch(`${this.base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(agent),
    });
    if (!response.ok) throw new Error(`POST /api/auth/login: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }

  /** The agent's presence socket (while it is open they count as online); kept open by the caller. */
  async presenceSocket(agentToken: string): Promise<FrameSocket> {
    const socket = await FrameSocket.open(`${this.wsBase}/ws/agent/workspaces/${WORKSPACE}/presence`, { authorization: `Bearer ${agentToken}` });
    await socket.waitFor((f) => f.type === "roster", STEP_TIMEOUT_MS, "roster");
    return socket;
  }

  /** A team's queue feed ("all": everyone), after the presence socket that makes the agent online. */
  async queueSocket(agentToken: string, teamId = "all"): Promise<FrameSocket> {
    if (!this.present.has(agentToken)) this.present.set(agentToken, await this.presenceSocket(agentToken));
    const path = teamId === "all" ? "queue" : `teams/${teamId}/queue`;
    const socket = await FrameSocket.open(`${this.wsBase}/ws/agent/workspaces/${WORKSPACE}/${path}`, { authorization: `Bearer ${agentToken}` });
    await socket.waitFor((f) => f.type === "queue_snapshot", STEP_TIMEOUT_MS, "queue snapshot");
    return socket;
  }

  /** Closes the presence sockets this client opened. */
  closePresence(): void {
    for (const socket of this.present.values()) socket.close();
    this.present.clear();
  }

  async agentSocket(agentToken: string, conversationId: string): Promise<FrameSocket> {
    const url = `${this.wsBase}/ws/agent/workspaces/${WORKSPACE}/conversations/${conversationId}`;
    const socket = await FrameSocket.open(url, { authorization: `Bearer ${agentToken}` });
    await socket.waitFor((f) => f.type === "history", STEP_TIMEOUT_MS, "agent history");
    return socket;
  }

  /** A visitor asks for a person with the button, the agent claims it and opens the conversation. */
  async handoffAndClaim(queue: FrameSocket, agentToken: string): Promise<Pair> {
    const { conversationId, token } = await this.createConversation();
    const visitor = await this.visitorSocket(conversationId, token);
    try {
      const waiting = queue.waitFor((f) => isQueueUpdate(f, "waiting", conversationId), STEP_TIMEOUT_MS, "queue_update waiting");
      visitor.send({ type: "request_human" });
      await waiting;
      const claimed = queue.waitFor((f) => f.type === "claimed" && f.conversationId === conversationId, STEP_TIMEOUT_MS, "claimed");
      queue.send({ type: "claim", conversationId });
      await claimed;
      const agent = await this.agentSocket(agentToken, conversationId);
      return { conversationId, visitor, agent };
    } catch (error) {
      visitor.close();
      throw error;
    }
  }
}

export function isQueueUpdate(frame: Frame, event: string, conversationId: string): boolean {
  // A burst of changes arrives as one queue_batch of queue_update bodies.
  if (frame.type === "queue_batch" && Array.isArray(frame.updates)) {
    return frame.updates.some((u: unknown) => isQueueUpdate({ type: "queue_update", ...(u as object) }, event, conversationId));
  }
  if (frame.type !== "queue_update" || frame.event !== event) return false;
  const entry = frame.entry as { conversationId?: unknown } | undefined;
  return entry?.conversationId === conversationId;
}

/** The text of a visitor message as the agent receives it (`message` frames of role visitor). */
export function visitorText(frame: Frame): string | null {
  if (frame.type !== "message") return null;
  const message = frame.message as { role?: unknown; text?: unknown } | undefined;
  return message?.role === "visitor" && typeof message.text === "string" ? message.text : null;
}
