/**
 * The agent API from the runner, as a person's session would call it: for
 * setting a scenario up (a team made auto-assign, a canned response) without
 * clicking through Settings, and for putting things back afterwards.
 */
import assert from "node:assert/strict";
import WebSocket from "ws";
import type { RunContext } from "./run-context.ts";
import { waitFor } from "./wait.ts";

export interface AgentApi {
  /** A workspace-scoped call: `path` after /api/agent/workspaces/:id. Fails loudly on anything but 2xx. */
  call<T = unknown>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
  /**
   * Claims a waiting conversation from the everyone-queue and resolves it, as
   * this agent would in the console: a scenario that leaves a visitor waiting
   * cleans up, so the next one's queue and offers hold only its own.
   */
  settle(conversationId: string): Promise<void>;
}

interface Frame {
  type: string;
  conversationId?: string;
  state?: string;
  code?: string;
  message?: string;
}

export async function agentApiAs(run: RunContext, who: { email: string; password: string }, workspaceId: string): Promise<AgentApi> {
  const login = await fetch(run.url("/api/auth/login"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(who) });
  assert.equal(login.status, 200, `login as ${who.email}: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const socket = async (path: string) => {
    const ws = new WebSocket(run.url(`/ws/agent/workspaces/${workspaceId}${path}`).replace(/^http/, "ws"), { headers: { Authorization: `Bearer ${token}` } });
    const frames: Frame[] = [];
    ws.on("message", (data: Buffer) => frames.push(JSON.parse(data.toString()) as Frame));
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    return { ws, frames };
  };
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(run.url(`/api/agent/workspaces/${workspaceId}${path}`), {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      assert.ok(response.ok, `${method} ${path} → ${response.status} ${text}`);
      return JSON.parse(text) as T;
    },
    async settle(conversationId: string): Promise<void> {
      const queue = await socket("/queue");
      try {
        queue.ws.send(JSON.stringify({ type: "claim", conversationId }));
        const answer = await waitFor(`the claim of ${conversationId}`, () =>
          queue.frames.find((f) => (f.type === "claimed" && f.conversationId === conversationId) || f.type === "error"),
        );
        assert.equal(answer.type, "claimed", `claim ${conversationId}: ${answer.code} ${answer.message}`);
      } finally {
        queue.ws.close();
      }
      const conversation = await socket(`/conversations/${encodeURIComponent(conversationId)}`);
      try {
        conversation.ws.send(JSON.stringify({ type: "resolve" }));
        await waitFor(`${conversationId} resolved`, () => conversation.frames.some((f) => f.type === "state" && f.state === "resolved"));
      } finally {
        conversation.ws.close();
      }
    },
  };
}
