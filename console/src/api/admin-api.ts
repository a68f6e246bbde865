import { z } from "zod";
import { MemberRole, MyWorkspace } from "./agent-api.ts";
import { apiRequest } from "./http.ts";
import { RoutingSettings } from "./routing-settings.ts";
import { apiPath } from "./workspace-path.ts";

const WorkspaceRetention = z.object({ workspace: z.object({ retentionDays: z.number().int().nullable() }) });

/**
 * A topic of the escalation policy (worker/triggers/policy.ts); the server
 * validates every field. The settings shapes are loose: a field this console
 * does not know yet (a newer server) survives a save untouched.
 */
export const PolicyTopic = z.looseObject({
  name: z.string(),
  label: z.string(),
  patterns: z.array(z.string()),
  exclude: z.array(z.string()),
  action: z.enum(["offer", "handoff"]).optional(),
});
export type PolicyTopic = z.infer<typeof PolicyTopic>;

export const Policy = z.looseObject({
  signals: z.looseObject({ explicitRequest: z.boolean(), frustration: z.boolean(), criticalLowConfidence: z.boolean(), forcedTopics: z.boolean(), goingInCircles: z.boolean() }),
  thresholds: z.looseObject({
    frustrationOffer: z.number(),
    frustrationHandoff: z.number(),
    criticalConfidence: z.number(),
    circlesLowConfidenceRun: z.number(),
    circlesConfidence: z.number(),
    repeatSimilarity: z.number(),
  }),
  frustrationAction: z.enum(["offer", "handoff"]),
  criticalAction: z.enum(["offer", "handoff"]),
  circlesAction: z.enum(["offer", "handoff"]),
  criticalTopics: z.array(PolicyTopic),
  forcedTopics: z.array(PolicyTopic),
  extraCriticalTopics: z.array(PolicyTopic),
  extraForcedTopics: z.array(PolicyTopic),
});
export type Policy = z.infer<typeof Policy>;

/** A site's settings as the server holds them, every default filled in (worker/sites/site-settings.ts). */
export const SiteSettings = z.looseObject({
  greeting: z.string(),
  widget: z.looseObject({ title: z.string().optional(), color: z.string().optional(), position: z.enum(["right", "left"]) }),
  ai: z.looseObject({
    provider: z.enum(["embedded", "workers-ai"]).optional(),
    model: z.string().optional(),
    maxTurnsPerConversation: z.number(),
    dailyTurnBudget: z.number(),
  }),
  triggers: Policy,
  routing: RoutingSettings,
  /** Optional here: a server from before satisfaction ratings has none (defaults apply). */
  satisfaction: z.looseObject({ afterAi: z.boolean() }).optional(),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const AdminSite = z.object({ id: z.string(), name: z.string(), allowedOrigins: z.array(z.string()), settings: SiteSettings, embed: z.string() });
export type AdminSite = z.infer<typeof AdminSite>;

export const Member = z.object({
  agentId: z.string(),
  name: z.string(),
  email: z.string(),
  role: MemberRole,
  active: z.boolean(),
  joinedAt: z.number(),
  lastLoginAt: z.number().nullable(),
  /** Conversations at once; null: the workspace's default. */
  capacity: z.number().nullable().default(null),
});
export type Member = z.infer<typeof Member>;

export const Invite = z.object({ id: z.string(), email: z.string(), role: MemberRole, createdAt: z.number(), expiresAt: z.number() });
export type Invite = z.infer<typeof Invite>;

export const AuditEntry = z.object({
  id: z.number(),
  actor: z.object({ id: z.string(), name: z.string() }),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string(), label: z.string().nullable() }),
  before: z.unknown(),
  after: z.unknown(),
  at: z.number(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const Explained = z.object({
  action: z.enum(["stay", "offer_human", "handoff"]),
  reason: z.string(),
  signals: z.array(z.object({ name: z.string(), action: z.string(), score: z.number(), evidence: z.array(z.string()), summary: z.string() })),
});
export const TryResult = z.object({
  action: z.enum(["stay", "offer_human", "handoff"]),
  onMessage: Explained,
  answer: z.object({ text: z.string(), confidence: z.number(), declined: z.boolean(), citations: z.array(z.object({ title: z.string() })) }).nullable(),
  afterAnswer: Explained.nullable(),
});
export type TryResult = z.infer<typeof TryResult>;

export interface SiteChange {
  name?: string;
  allowedOrigins?: string[];
  settings?: SiteSettings;
}

const OneSite = z.object({ site: AdminSite });
const Link = z.object({ url: z.string(), expiresAt: z.number().optional() });
const Ok = z.object({ ok: z.boolean() });

/** The workspace settings API (worker/http/site-routes.ts, member-routes.ts, workspace-routes.ts), for admins and owners. */
export const adminApi = {
  async sites(): Promise<AdminSite[]> {
    return (await apiRequest("GET", apiPath("/sites"), z.object({ sites: z.array(AdminSite) }))).sites;
  },
  async createSite(name: string, allowedOrigins: string[]): Promise<AdminSite> {
    return (await apiRequest("POST", apiPath("/sites"), OneSite, { body: { name, allowedOrigins } })).site;
  },
  async updateSite(id: string, change: SiteChange): Promise<AdminSite> {
    return (await apiRequest("PATCH", apiPath(`/sites/${encodeURIComponent(id)}`), OneSite, { body: change })).site;
  },
  tryMessage(siteId: string, message: string, policy: Policy): Promise<TryResult> {
    return apiRequest("POST", apiPath(`/sites/${encodeURIComponent(siteId)}/policy/try`), TryResult, { body: { message, policy } });
  },
  async members(): Promise<Member[]> {
    return (await apiRequest("GET", apiPath("/members"), z.object({ members: z.array(Member) }))).members;
  },
  async updateMember(agentId: string, change: { role?: Member["role"]; active?: boolean }): Promise<void> {
    await apiRequest("PATCH", apiPath(`/members/${encodeURIComponent(agentId)}`), z.object({ member: Member.nullable() }), { body: change });
  },
  resetLink(agentId: string): Promise<{ url: string }> {
    return apiRequest("POST", apiPath(`/members/${encodeURIComponent(agentId)}/password-reset`), Link);
  },
  async invites(): Promise<Invite[]> {
    return (await apiRequest("GET", apiPath("/invites"), z.object({ invites: z.array(Invite) }))).invites;
  },
  invite(email: string, role: Member["role"]): Promise<{ url: string }> {
    return apiRequest("POST", apiPath("/invites"), Link, { body: { email, role } });
  },
  async revokeInvite(id: string): Promise<void> {
    await apiRequest("DELETE", apiPath(`/invites/${encodeURIComponent(id)}`), Ok);
  },
  async audit(before: number | null): Promise<AuditEntry[]> {
    const query = before === null ? "" : `?before=${before}`;
    return (await apiRequest("GET", apiPath(`/audit${query}`), z.object({ entries: z.array(AuditEntry) }))).entries;
  },
  async renameWorkspace(name: string): Promise<void> {
    await apiRequest("PATCH", apiPath(""), z.object({ workspace: MyWorkspace.partial() }), { body: { name } });
  },
  /** Days conversations are kept after their last activity; null keeps them forever. */
  async retentionDays(): Promise<number | null> {
    return (await apiRequest("GET", apiPath(""), WorkspaceRetention)).workspace.retentionDays;
  },
  async setRetentionDays(retentionDays: number | null): Promise<void> {
    await apiRequest("PATCH", apiPath(""), WorkspaceRetention, { body: { retentionDays } });
  },
  async deleteWorkspace(confirm: string): Promise<void> {
    await apiRequest("DELETE", apiPath(""), Ok, { body: { confirm } });
  },
};
