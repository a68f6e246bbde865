import { env, exports } from "cloudflare:workers";
import { hashPassword } from "../../worker/auth/password.ts";
import { ArticleRepo, type ArticleInput } from "../../worker/kb/article-repo.ts";
import { BASE, openSocket, type TestSocket } from "./socket.ts";

export const SHOP_ORIGIN = "https://shop.test";

let counter = 0;
/** Unique per test file run: storage is isolated per file, names must not collide within one. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A workspace of its own, with nobody in it yet. */
export async function createWorkspace(name = "Test Workspace"): Promise<string> {
  const id = unique("ws");
  await env.DB.prepare("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)").bind(id, name, Date.now()).run();
  return id;
}

let fileWorkspace: Promise<string> | null = null;
/** The workspace a test file's sites and agents share unless a test asks for another. */
export function defaultWorkspace(): Promise<string> {
  fileWorkspace ??= createWorkspace("Default test workspace");
  return fileWorkspace;
}

export async function createSite(settings: Record<string, unknown> = {}, origins = [SHOP_ORIGIN], workspaceId?: string): Promise<string> {
  const id = unique("site");
  const workspace = workspaceId ?? (await defaultWorkspace());
  await env.DB.prepare("INSERT INTO sites (id, workspace_id, name, allowed_origins, settings, created_at) VALUES (?, ?, ?, ?, ?, ?)")
    .bind(id, workspace, "Test Shop", JSON.stringify(origins), JSON.stringify(settings), Date.now())
    .run();
  return id;
}

export async function addArticle(siteId: string, input: ArticleInput): Promise<string> {
  return (await new ArticleRepo(env.DB).save(siteId, input)).id;
}

export interface TestAgent {
  id: string;
  name: string;
  email: string;
  password: string;
  token: string;
  /** The workspace the agent works in by default in tests (queueSocket, agentSocket, agentApi). */
  workspaceId: string;
  role: "owner" | "admin" | "agent";
}

/** An agent, logged in, member of a workspace (the file's default one unless given); admins by default. */
export async function createAgent(
  name = "Dana",
  options: { workspaceId?: string; role?: TestAgent["role"] } = {},
): Promise<TestAgent> {
  const id = unique("agent");
  const email = `${id}@example.test`;
  const password = "correct horse battery staple";
  const workspaceId = options.workspaceId ?? (await defaultWorkspace());
  const role = options.role ?? "admin";
  await env.DB.batch([
    env.DB.prepare("INSERT INTO agents (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)").bind(
      id,
      email,
      name,
      await hashPassword(password),
      Date.now(),
    ),
    env.DB.prepare("INSERT INTO memberships (workspace_id, agent_id, role, active, created_at) VALUES (?, ?, ?, 1, ?)").bind(workspaceId, id, role, Date.now()),
  ]);
  const response = await api("/api/auth/login", { method: "POST", json: { email, password } });
  const body = (await response.json()) as { token: string };
  return { id, name, email, password, token: body.token, workspaceId, role };
}

/** The path of a workspace-scoped agent route. */
export function workspacePath(agent: TestAgent, rest = ""): string {
  return `/api/agent/workspaces/${agent.workspaceId}${rest}`;
}

/** An agent API call in the agent's workspace, with their token. */
export function agentApi(agent: TestAgent, rest: string, init: { method?: string; json?: unknown } = {}): Promise<Response> {
  return api(workspacePath(agent, rest), { ...init, headers: { Authorization: `Bearer ${agent.token}` } });
}

export function api(
  path: string,
  init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.json !== undefined) headers["Content-Type"] = "application/json";
  return exports.default.fetch(`${BASE}${path}`, {
    method: init.method ?? "GET",
    headers,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
}

export async function startConversation(
  siteId: string,
  extra: Record<string, unknown> = {},
): Promise<{ conversationId: string; token: string; tokenExpiresAt: number }> {
  const response = await api("/api/conversations", {
    method: "POST",
    json: { siteId, page: { url: `${SHOP_ORIGIN}/pricing`, title: "Pricing" }, ...extra },
    headers: { Origin: SHOP_ORIGIN },
  });
  if (response.status !== 201) throw new Error(`start failed: ${response.status} ${await response.text()}`);
  return response.json();
}

export function visitorSocket(conversationId: string, token: string, after = 0): Promise<TestSocket> {
  const query = `token=${encodeURIComponent(token)}&after=${after}`;
  return openSocket(`/ws/conversations/${conversationId}?${query}`, { Origin: SHOP_ORIGIN });
}

const presence = new Map<string, Promise<TestSocket>>();

/**
 * The agent's presence socket, as the console keeps one open: while it is,
 * the agent counts as online (and gets conversations). Opened once per agent.
 */
export function presenceSocket(agent: TestAgent, workspaceId = agent.workspaceId): Promise<TestSocket> {
  const key = `${agent.id}@${workspaceId}`;
  let socket = presence.get(key);
  if (!socket) {
    socket = openSocket(`/ws/agent/workspaces/${workspaceId}/presence`, { Authorization: `Bearer ${agent.token}` }).then(async (s) => {
      await s.take("roster");
      return s;
    });
    presence.set(key, socket);
  }
  return socket;
}

/** The everyone-team's queue feed of an online agent (their presence socket opened first, as the console does). */
export async function queueSocket(agent: TestAgent, workspaceId = agent.workspaceId, teamId?: string): Promise<TestSocket> {
  await presenceSocket(agent, workspaceId);
  const path = teamId ? `/ws/agent/workspaces/${workspaceId}/teams/${teamId}/queue` : `/ws/agent/workspaces/${workspaceId}/queue`;
  return openSocket(path, { Authorization: `Bearer ${agent.token}` });
}

export function agentSocket(agent: TestAgent, conversationId: string, after = 0, workspaceId = agent.workspaceId): Promise<TestSocket> {
  return openSocket(`/ws/agent/workspaces/${workspaceId}/conversations/${conversationId}?after=${after}`, { Authorization: `Bearer ${agent.token}` });
}

/** A visitor in a fresh conversation, connected, with the greeting received. */
export async function visitorInNewConversation(siteId: string) {
  const started = await startConversation(siteId);
  const socket = await visitorSocket(started.conversationId, started.token);
  await socket.take("welcome");
  await socket.take("history");
  return { ...started, socket };
}

/** A model name only this test uses; the fake AI reads "throw", "hang", "slow" or "doubt" in it as behaviour. */
export function fakeModel(behaviour: "answer" | "throw" | "hang" | "slow" | "doubt" = "answer"): string {
  return `@cf/test/${behaviour}-${unique("model")}`;
}

/** Every call the fake Workers AI received for `model`. */
export async function fakeAiCalls(model: string): Promise<{ model: string; inputs: { messages?: { role: string; content: string }[]; text?: unknown } }[]> {
  return (await env.FAKE_AI.fetch(`http://fake-ai/calls?model=${encodeURIComponent(model)}`)).json();
}

/**
 * The common opening of a human conversation: `agent` has the queue open, a
 * visitor presses "Talk to a person", the agent claims it and opens it.
 */
export async function claimedConversation(siteId: string, agent: TestAgent) {
  const queue = await queueSocket(agent);
  await queue.take("queue_snapshot");
  const visitor = await visitorInNewConversation(siteId);
  visitor.socket.send({ type: "request_human" });
  await queue.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === visitor.conversationId);
  queue.send({ type: "claim", conversationId: visitor.conversationId });
  await queue.take("claimed");
  const agentView = await agentSocket(agent, visitor.conversationId);
  await agentView.take("history");
  return { visitor, queue, agentView };
}

/** A team in the workspace (auto or manual), its members, and capacities; the roster re-reads D1. */
export async function createTeam(
  workspaceId: string,
  team: { id: string; name?: string; assignment?: "manual" | "auto"; offerSeconds?: number; members: TestAgent[] },
  capacity?: number,
): Promise<string> {
  const { saveTeam } = await import("../../worker/workspaces/team-repo.ts");
  const { rosterStub } = await import("../../worker/durable/stubs.ts");
  await saveTeam(env.DB, workspaceId, {
    id: team.id,
    name: team.name ?? team.id,
    assignment: team.assignment ?? "manual",
    offerSeconds: team.offerSeconds ?? 30,
    members: team.members.map((m) => m.id),
  });
  if (capacity !== undefined) {
    await env.DB.prepare("UPDATE memberships SET capacity = ? WHERE workspace_id = ?").bind(capacity, workspaceId).run();
  }
  await rosterStub(env, workspaceId).reload();
  return team.id;
}
