/**
 * The product's client side, as the widget and the console use it: start a
 * conversation, open the visitor socket, log an agent in, open the queue
 * feed, claim, open the agent's conversation socket.
 */
import { FrameSocket, type Frame } from "./frame-socket.ts";

export const AGENT = { email: "demo@kestrel.example", password: "demo-agent-password" } as const;
const SITE = "demo";
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

  constructor(base: string, origin: string) {
    this.base = base;
    this.origin = origin;
  }

  private get wsBase(): string {
    return this.base.replace(/^http/, "ws");
  }

  async createConversation(): Promise<{ conversationId: string; token: string }> {
    const response = await fetch(`${this.base}/api/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.origin },
      body: JSON.stringify({ siteId: SITE }),
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

  async login(): Promise<string> {
    const response = await fetch(`${this.base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(AGENT),
    });
    if (!response.ok) throw new Error(`POST /api/auth/login: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }

  async queueSocket(agentToken: string): Promise<FrameSocket> {
    const socket = await FrameSocket.open(`${this.wsBase}/ws/agent/queue`, { authorization: `Bearer ${agentToken}` });
    await socket.waitFor((f) => f.type === "queue_snapshot", STEP_TIMEOUT_MS, "queue snapshot");
    return socket;
  }

  async agentSocket(agentToken: string, conversationId: string): Promise<FrameSocket> {
    const url = `${this.wsBase}/ws/agent/conversations/${conversationId}`;
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
