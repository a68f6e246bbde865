import type { ReportQuery } from "../protocol/index.ts";

/** One conversation with what its events, rating and feedback say, as the metrics need it. */
export interface FactRow {
  id: string;
  site_id: string;
  team_id: string | null;
  agent_id: string | null;
  trigger_reason: string | null;
  state: string;
  visitor_id: string | null;
  created_at: number;
  updated_at: number;
  handoffs: number;
  defers: number;
  first_handoff: number | null;
  first_claim: number | null;
  first_reply: number | null;
  first_resolve: number | null;
  last_resolve: number | null;
  first_reopen: number | null;
  topic: string | null;
  sentiment_before: number | null;
  sentiment_at: number | null;
  sentiment_after: number | null;
  score: number | null;
  path: "ai" | "human" | null;
  rating_agent: string | null;
  verdict: "not_needed" | "too_late" | null;
  helpful: number | null;
  answers: number | null;
}

/**
 * Conversations started in [from, to) of a workspace, one row each, with
 * their events folded in. The join walks conversation_events by its primary
 * key (conversation_id, n) per conversation, and conversations by
 * (workspace_id, created_at) or (site_id, created_at): no table scan.
 */
export async function conversationFacts(db: D1Database, workspaceId: string, range: { from: number; to: number }, q: Pick<ReportQuery, "siteId" | "teamId" | "agentId">): Promise<FactRow[]> {
  const filters: string[] = [];
  const binds: (string | number)[] = [workspaceId, range.from, range.to];
  if (q.siteId) (filters.push("AND c.site_id = ?"), binds.push(q.siteId));
  if (q.teamId) (filters.push("AND c.team_id = ?"), binds.push(q.teamId));
  if (q.agentId) (filters.push("AND c.agent_id = ?"), binds.push(q.agentId));
  const { results } = await db
    .prepare(
      `SELECT c.id, c.site_id, c.team_id, c.agent_id, c.trigger_reason, c.state, c.visitor_id, c.created_at, c.updated_at,
         count(CASE WHEN e.kind = 'handoff' THEN 1 END) AS handoffs,
         count(CASE WHEN e.kind = 'defer' THEN 1 END) AS defers,
         min(CASE WHEN e.kind = 'handoff' THEN e.at END) AS first_handoff,
         min(CASE WHEN e.kind = 'claim' THEN e.at END) AS first_claim,
         min(CASE WHEN e.kind = 'first_reply' THEN e.at END) AS first_reply,
         min(CASE WHEN e.kind = 'resolve' THEN e.at END) AS first_resolve,
         max(CASE WHEN e.kind = 'resolve' THEN e.at END) AS last_resolve,
         min(CASE WHEN e.kind = 'reopen' THEN e.at END) AS first_reopen,
         -- The first handoff's topic and sentiments, the last resolve's sentiment: min/max over "n|value" keys
         -- (n zero-padded) pick them in the same pass, without a subquery per conversation.
         substr(min(CASE WHEN e.kind = 'handoff' THEN printf('%010d|', e.n) || e.topic END), 12) AS topic,
         CAST(substr(min(CASE WHEN e.kind = 'handoff' THEN printf('%010d|', e.n) || e.sentiment_first END), 12) AS REAL) AS sentiment_before,
         CAST(substr(min(CASE WHEN e.kind = 'handoff' THEN printf('%010d|', e.n) || e.sentiment END), 12) AS REAL) AS sentiment_at,
         CAST(substr(max(CASE WHEN e.kind = 'resolve' THEN printf('%010d|', e.n) || e.sentiment END), 12) AS REAL) AS sentiment_after,
         r.score, r.path, r.agent_id AS rating_agent, h.verdict,
         (SELECT sum(f.helpful) || '/' || count(*) FROM answer_feedback f WHERE f.conversation_id = c.id) AS votes
       FROM conversations c
       LEFT JOIN conversation_events e ON e.conversation_id = c.id
       LEFT JOIN conversation_ratings r ON r.conversation_id = c.id
       LEFT JOIN handoff_feedback h ON h.conversation_id = c.id
       WHERE c.workspace_id = ? AND c.created_at >= ? AND c.created_at < ? ${filters.join(" ")}
       GROUP BY c.id
       ORDER BY c.created_at`,
    )
    .bind(...binds)
    .all<Omit<FactRow, "helpful" | "answers"> & { votes: string | null }>();
  return results.map(({ votes, ...row }) => {
    const [helpful, answers] = votes ? votes.split("/").map(Number) : [null, null];
    return { ...row, helpful: helpful ?? null, answers: answers ?? null };
  });
}

/** Names for breakdown rows: sites, teams and agents of the workspace. */
export async function reportLabels(db: D1Database, workspaceId: string): Promise<Map<string, string>> {
  const { results } = await db
    .prepare(
      `SELECT 'site:' || id AS key, name FROM sites WHERE workspace_id = ?1
       UNION ALL SELECT 'team:' || id, name FROM teams WHERE workspace_id = ?1
       UNION ALL SELECT 'agent:' || a.id, a.name FROM memberships m JOIN agents a ON a.id = m.agent_id WHERE m.workspace_id = ?1`,
    )
    .bind(workspaceId)
    .all<{ key: string; name: string }>();
  return new Map(results.map((r) => [r.key, r.name]));
}

/** Each active member's capacity (their own, or the workspace's default). */
export async function memberCapacities(db: D1Database, workspaceId: string): Promise<Map<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT m.agent_id, coalesce(m.capacity, w.default_capacity) AS capacity
       FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE m.workspace_id = ? AND m.active = 1`,
    )
    .bind(workspaceId)
    .all<{ agent_id: string; capacity: number }>();
  return new Map(results.map((r) => [r.agent_id, r.capacity]));
}
