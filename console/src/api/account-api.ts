import { z } from "zod";
import { AgentProfile, MemberRole } from "./agent-api.ts";
import { apiRequest } from "./http.ts";

const InviteInfo = z.object({ workspaceName: z.string(), email: z.string(), role: MemberRole, expiresAt: z.number(), hasAccount: z.boolean() });
export type InviteInfo = z.infer<typeof InviteInfo>;
const ResetInfo = z.object({ email: z.string(), expiresAt: z.number().optional() });
const LoggedIn = z.object({ agent: AgentProfile });
const Ok = z.object({ ok: z.boolean() });

/** Single-use links (worker/http/account-routes.ts) and the agent's own account. */
export const accountApi = {
  lookupInvite: (token: string) => apiRequest("POST", "/api/invites/lookup", InviteInfo, { body: { token }, expectUnauthorized: true }),
  /** Joins the workspace (creating the account when the email has none) and logs in. */
  acceptInvite: (token: string, password: string, name?: string) =>
    apiRequest("POST", "/api/invites/accept", LoggedIn, { body: { token, password, ...(name ? { name } : {}) }, expectUnauthorized: true }),
  lookupReset: (token: string) => apiRequest("POST", "/api/password-resets/lookup", ResetInfo, { body: { token }, expectUnauthorized: true }),
  useReset: (token: string, password: string) => apiRequest("POST", "/api/password-resets/use", LoggedIn, { body: { token, password }, expectUnauthorized: true }),
  rename: (name: string) => apiRequest("PATCH", "/api/agent/me", LoggedIn, { body: { name } }),
  async changePassword(current: string, next: string): Promise<void> {
    await apiRequest("POST", "/api/agent/me/password", Ok, { body: { current, next } });
  },
};
