/**
 * The agent API from the runner, as a person's session would call it: for
 * setting a scenario up (a team made auto-assign, a canned response) without
 * clicking through Settings, and for putting things back afterwards.
 */
import assert from "node:assert/strict";
import type { RunContext } from "./run-context.ts";

export interface AgentApi {
  /** A workspace-scoped call: `path` after /api/agent/workspaces/:id. Fails loudly on anything but 2xx. */
  call<T = unknown>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
}

export async function agentApiAs(run: RunContext, who: { email: string; password: string }, workspaceId: string): Promise<AgentApi> {
  const login = await fetch(run.url("/api/auth/login"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(who) });
  assert.equal(login.status, 200, `login as ${who.email}: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
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
  };
}
