import { z } from "zod";
import { apiRequest } from "./http.ts";

export const AgentProfile = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type AgentProfile = z.infer<typeof AgentProfile>;

const LoginAnswer = z.object({ agent: AgentProfile, token: z.string(), expiresAt: z.number() });
const MeAnswer = z.object({ agent: AgentProfile });
const Ok = z.object({ ok: z.boolean() });

/** The HTTP calls the console makes; sockets live in net/. */
export const agentApi = {
  /** Sets the HttpOnly session cookie; the token in the body is for non-browser clients and is not kept. */
  async login(email: string, password: string): Promise<AgentProfile> {
    const answer = await apiRequest("POST", "/api/auth/login", LoginAnswer, {
      body: { email, password },
      expectUnauthorized: true,
    });
    return answer.agent;
  },

  async me(): Promise<AgentProfile> {
    return (await apiRequest("GET", "/api/agent/me", MeAnswer)).agent;
  },

  /** Asks without treating a 401 as an event: used to decide what a refused socket means. */
  async meQuietly(): Promise<AgentProfile> {
    return (await apiRequest("GET", "/api/agent/me", MeAnswer, { expectUnauthorized: true })).agent;
  },

  async logout(): Promise<void> {
    await apiRequest("POST", "/api/agent/logout", Ok, { expectUnauthorized: true });
  },
};
