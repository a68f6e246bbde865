import { z } from "zod";
import { apiRequest } from "./http.ts";

export const AgentProfile = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type AgentProfile = z.infer<typeof AgentProfile>;

export const MemberRole = z.enum(["owner", "admin", "agent"]);
export type MemberRole = z.infer<typeof MemberRole>;

/** A workspace the agent is an active member of, with their role there. */
export const MyWorkspace = z.object({ id: z.string(), name: z.string(), role: MemberRole, createdAt: z.number() });
export type MyWorkspace = z.infer<typeof MyWorkspace>;

/** Who is logged in, and where they may work. */
export const Me = z.object({ agent: AgentProfile, workspaces: z.array(MyWorkspace) });
export type Me = z.infer<typeof Me>;

const LoginAnswer = z.object({ agent: AgentProfile, token: z.string(), expiresAt: z.number() });
const Ok = z.object({ ok: z.boolean() });
const Created = z.object({ workspace: MyWorkspace });

/** The HTTP calls about the agent's own account; sockets live in net/. */
export const agentApi = {
  /** Sets the HttpOnly session cookie; the token in the body is for non-browser clients and is not kept. */
  async login(email: string, password: string): Promise<AgentProfile> {
    const answer = await apiRequest("POST", "/api/auth/login", LoginAnswer, {
      body: { email, password },
      expectUnauthorized: true,
    });
    return answer.agent;
  },

  me(): Promise<Me> {
    return apiRequest("GET", "/api/agent/me", Me);
  },

  /** Asks without treating a 401 as an event: used to decide what a refused socket means. */
  meQuietly(): Promise<Me> {
    return apiRequest("GET", "/api/agent/me", Me, { expectUnauthorized: true });
  },

  async logout(): Promise<void> {
    await apiRequest("POST", "/api/agent/logout", Ok, { expectUnauthorized: true });
  },

  async createWorkspace(name: string): Promise<MyWorkspace> {
    return (await apiRequest("POST", "/api/agent/workspaces", Created, { body: { name } })).workspace;
  },
};
