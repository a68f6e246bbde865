import { env } from "cloudflare:workers";
import { createAgent, createSite, createWorkspace, type TestAgent } from "../helpers/fixtures.ts";

export const M = 60_000;
export const H = 60 * M;
/** Monday 2026-11-02 00:00 UTC; the report period is that week. */
export const D0 = Date.UTC(2026, 10, 2);
export const FROM = D0;
export const TO = D0 + 7 * 24 * H;
/** Monday 10:00 UTC: the first conversation starts. */
export const T = D0 + 10 * H;

interface Ev {
  kind: string;
  at: number;
  agent?: string;
  topic?: string;
  sentiment?: number;
  first?: number;
}
interface Conv {
  id: string;
  site: string;
  visitor: string | null;
  state: string;
  created: number;
  updated: number;
  trigger?: string;
  team?: string;
  agent?: string;
  events?: Ev[];
  rating?: { score: number; path: "ai" | "human"; agent?: string };
  verdict?: "not_needed" | "too_late";
  answers?: number[];
}

export interface ReportFixture {
  workspaceId: string;
  admin: TestAgent;
  member: TestAgent;
  agentA: TestAgent;
  agentB: TestAgent;
  s1: string;
  s2: string;
  ids: Record<string, string>;
}

/**
 * Six conversations in the week (and one the week before), written straight
 * into D1 the way the ConversationDO and the feedback routes leave them. The
 * story of each is in report.test.ts, next to the figures it gives.
 * Site 1 works Mondays from 12:05 UTC only, for the business-hours figures.
 */
export async function reportFixture(name: string): Promise<ReportFixture> {
  const workspaceId = await createWorkspace(name);
  const admin = await createAgent(`${name} admin`, { workspaceId, role: "admin" });
  const agentA = await createAgent(`${name} Ann`, { workspaceId, role: "agent" });
  const agentB = await createAgent(`${name} Bob`, { workspaceId, role: "agent" });
  const member = agentA;
  const hours = { timeZone: "UTC", weekly: { mon: [{ from: "12:05", to: "24:00" }] }, holidays: [] };
  const s1 = await createSite({ routing: { hours } }, undefined, workspaceId);
  const s2 = await createSite({}, undefined, workspaceId);
  // Capacities: admin the workspace default (3), Ann 2, Bob 3: 8 in all.
  await env.DB.prepare("UPDATE memberships SET capacity = ? WHERE workspace_id = ? AND agent_id = ?").bind(2, workspaceId, agentA.id).run();
  await env.DB.prepare("UPDATE memberships SET capacity = ? WHERE workspace_id = ? AND agent_id = ?").bind(3, workspaceId, agentB.id).run();
  await env.DB.prepare("INSERT INTO teams (workspace_id, id, name, created_at) VALUES (?, 'billing', 'Billing', 0)").bind(workspaceId).run();
  const id = (n: string) => `${workspaceId}-${n}`;
  const A = agentA.id;
  const B = agentB.id;
  const v = (n: string) => `${workspaceId}-v${n}`;
  const conversations: Conv[] = [
    { id: id("c1"), site: s1, visitor: v("1"), state: "bot", created: T, updated: T + 5 * M, rating: { score: 5, path: "ai" }, answers: [1, 1] },
    { id: id("c2"), site: s1, visitor: v("2"), state: "bot", created: T, updated: T + 2 * M, answers: [0] },
    {
      id: id("c3"), site: s1, visitor: v("2"), state: "resolved", created: T + 60 * M, updated: T + 80 * M, trigger: "frustration", team: "all", agent: A,
      events: [
        { kind: "handoff", at: T + 62 * M, first: -0.2, sentiment: -0.6 },
        { kind: "claim", at: T + 66 * M, agent: A },
        { kind: "first_reply", at: T + 67 * M, agent: A },
        { kind: "resolve", at: T + 80 * M, agent: A, sentiment: 0.2 },
      ],
      rating: { score: 4, path: "human", agent: A }, verdict: "too_late",
    },
    {
      id: id("c4"), site: s1, visitor: v("3"), state: "resolved", created: T + 120 * M, updated: T + 1620 * M, trigger: "forced_topic", team: "billing", agent: B,
      events: [
        { kind: "handoff", at: T + 121 * M, topic: "refund", first: 0, sentiment: -0.4 },
        { kind: "claim", at: T + 131 * M, agent: B },
        { kind: "first_reply", at: T + 133 * M, agent: B },
        { kind: "resolve", at: T + 151 * M, agent: B, sentiment: 0.4 },
        { kind: "reopen", at: T + 1591 * M },
        { kind: "handoff", at: T + 1595 * M, topic: "refund" },
        { kind: "claim", at: T + 1600 * M, agent: B },
        { kind: "first_reply", at: T + 1601 * M, agent: B },
        { kind: "resolve", at: T + 1620 * M, agent: B, sentiment: 0.5 },
      ],
      rating: { score: 2, path: "human", agent: B }, verdict: "not_needed",
    },
    {
      id: id("c5"), site: s2, visitor: v("3"), state: "assigned", created: T + 1740 * M, updated: T + 1781 * M, trigger: "forced_topic", team: "billing", agent: A,
      events: [
        { kind: "handoff", at: T + 1741 * M, topic: "refund" },
        { kind: "claim", at: T + 1761 * M, agent: A },
        { kind: "first_reply", at: T + 1781 * M, agent: A },
      ],
    },
    { id: id("c6"), site: s2, visitor: null, state: "followup", created: T + 2880 * M, updated: T + 2881 * M, trigger: "after_hours", events: [{ kind: "defer", at: T + 2881 * M }] },
    // The week before: outside the period, and not the same need as anything after it.
    { id: id("c0"), site: s1, visitor: v("1"), state: "bot", created: D0 - 24 * H, updated: D0 - 24 * H + M, trigger: "low_confidence", rating: { score: 1, path: "ai" } },
  ];
  const statements: D1PreparedStatement[] = [];
  for (const c of conversations) {
    statements.push(
      env.DB.prepare(
        `INSERT INTO conversations (id, workspace_id, site_id, visitor_id, state, agent_id, trigger_reason, team_id, created_at, updated_at, resolved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).bind(c.id, workspaceId, c.site, c.visitor, c.state, c.agent ?? null, c.trigger ?? null, c.team ?? null, c.created, c.updated, c.state === "resolved" ? c.updated : null),
    );
    (c.events ?? []).forEach((e, i) =>
      statements.push(
        env.DB.prepare(
          `INSERT INTO conversation_events (conversation_id, n, workspace_id, site_id, kind, at, agent_id, team_id, trigger_reason, topic, sentiment, sentiment_first)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).bind(c.id, i + 1, workspaceId, c.site, e.kind, e.at, e.agent ?? null, c.team ?? null, c.trigger ?? null, e.topic ?? null, e.sentiment ?? null, e.first ?? null),
      ),
    );
    if (c.rating) {
      statements.push(
        env.DB.prepare("INSERT INTO conversation_ratings (conversation_id, workspace_id, site_id, score, path, agent_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").bind(
          c.id, workspaceId, c.site, c.rating.score, c.rating.path, c.rating.agent ?? null, c.updated,
        ),
      );
    }
    if (c.verdict) {
      statements.push(
        env.DB.prepare("INSERT INTO handoff_feedback (conversation_id, workspace_id, trigger_reason, verdict, agent_id, created_at) VALUES (?, ?, ?, ?, ?, ?)").bind(
          c.id, workspaceId, c.trigger ?? null, c.verdict, c.agent ?? A, c.updated,
        ),
      );
    }
    (c.answers ?? []).forEach((helpful, i) =>
      statements.push(
        env.DB.prepare("INSERT INTO answer_feedback (conversation_id, seq, workspace_id, site_id, helpful, created_at) VALUES (?, ?, ?, ?, ?, ?)").bind(c.id, i + 2, workspaceId, c.site, helpful, c.updated),
      ),
    );
  }
  await env.DB.batch(statements);
  return { workspaceId, admin, member, agentA, agentB, s1, s2, ids: Object.fromEntries(conversations.map((c) => [c.id.slice(workspaceId.length + 1), c.id])) };
}
