import type { ReportQuery } from "../protocol/index.ts";
import { DAY } from "./series.ts";
import type { Tally } from "./tally.ts";

/** One conversation's row of conversation_facts (migrations/0014), as the drill-down lists need it. */
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
  escalated: number;
  ai_resolved: number;
  reopened: number;
  repeat_contact: number;
}

/** The period's conversations of one breakdown combination and UTC day: counts and sums, and the samples percentiles need. */
export interface GroupRow extends Tally {
  trigger_reason: string | null;
  topic: string | null;
  site_id: string;
  team_id: string | null;
  agent_id: string | null;
  day: number;
  /** First handoff → first reply / first claim of handed-off conversations, comma-separated: ms, or "start:end" pairs when asked. */
  replies: string | null;
  waits: string | null;
  /** Durations in ms, comma-separated. */
  ai_times: string | null;
  human_times: string | null;
  resolutions: string | null;
}

type Dimension = "trigger_reason" | "topic" | "site_id" | "team_id" | "agent_id";
type Period = Pick<ReportQuery, "from" | "to" | "siteId" | "teamId" | "agentId">;

function where(workspaceId: string, q: Period): { clause: string; binds: (string | number)[] } {
  const filters: string[] = [];
  // The day bounds let the search use the key (workspace_id, day, grp, created_at) as a range.
  const binds: (string | number)[] = [workspaceId, q.from, q.to, Math.floor(q.from / DAY), Math.floor((q.to - 1) / DAY)];
  const filter = (column: string, value: string | undefined) => {
    if (!value) return;
    binds.push(value);
    filters.push(`AND ${column} = ?${binds.length}`);
  };
  filter("site_id", q.siteId);
  filter("team_id", q.teamId);
  filter("agent_id", q.agentId);
  // Numbered: the queries use the period (?2, ?3) again in their expressions.
  return { clause: `WHERE workspace_id = ?1 AND day >= ?4 AND day <= ?5 AND created_at >= ?2 AND created_at < ?3 ${filters.join(" ")}`, binds };
}

/**
 * The summary's one query: a contiguous range of conversation_facts (its key
 * is (workspace_id, created_at)) folded into one row per combination of the
 * breakdown dimensions and day. Everything but percentiles adds up across
 * rows; percentiles get their samples as compact lists, a few hundred rows
 * instead of one per conversation.
 */
export async function factGroups(db: D1Database, workspaceId: string, q: Period, pairs: boolean): Promise<GroupRow[]> {
  const { clause, binds } = where(workspaceId, q);
  // Waits and replies as durations, or as the two moments when business hours decide what counts (`pairs`).
  const held = `CASE WHEN first_claim IS NOT NULL THEN max(0, min(coalesce(last_resolve, CASE state WHEN 'assigned' THEN ?3 ELSE first_claim END), ?3) - max(first_claim, ?2)) END`;
  const { results } = await db
    .prepare(
      // Grouped in the key's order (day, grp): no sort. Sentiments before and at
      // the handoff exist only on handed-off conversations (handoff events carry them); a rating's path is ai or human.
      `SELECT day, grp,
         count(*) AS conversations, sum(ai_resolved) AS ai_resolved, sum(escalated) AS escalated,
         sum(handoffs > 0) AS handed_off, sum(handoffs > 1) AS re_escalated,
         sum(first_resolve IS NOT NULL) AS resolved, sum(reopened) AS reopened,
         count(visitor_id) AS visitors, sum(repeat_contact) AS repeats,
         total(CASE WHEN path = 'ai' THEN score END) AS csat_ai_sum, count(CASE WHEN path = 'ai' THEN score END) AS csat_ai_n,
         total(CASE WHEN path = 'human' THEN score END) AS csat_human_sum, count(CASE WHEN path = 'human' THEN score END) AS csat_human_n,
         total(helpful) AS helpful, total(answers) AS answers,
         total(sentiment_before) AS before_sum, count(sentiment_before) AS before_n,
         total(sentiment_at) AS at_sum, count(sentiment_at) AS at_n,
         total(CASE WHEN handoffs > 0 THEN sentiment_after END) AS after_sum, count(CASE WHEN handoffs > 0 THEN sentiment_after END) AS after_n,
         total(${held}) AS held,
         count(CASE WHEN handoffs > 0 AND verdict = 'not_needed' THEN 1 END) AS not_needed, count(CASE WHEN handoffs > 0 AND verdict = 'too_late' THEN 1 END) AS too_late,
         group_concat(${pairs ? "CASE WHEN reply_ms IS NOT NULL THEN first_handoff || ':' || first_reply END" : "reply_ms"}) AS replies,
         group_concat(${pairs ? "CASE WHEN wait_ms IS NOT NULL THEN first_handoff || ':' || first_claim END" : "wait_ms"}) AS waits,
         group_concat(ai_ms) AS ai_times, group_concat(human_ms) AS human_times, group_concat(resolution_ms) AS resolutions
       FROM conversation_facts ${clause}
       GROUP BY day, grp`,
    )
    .bind(...binds)
    .all<Omit<GroupRow, Dimension> & { grp: string }>();
  return results.map(({ grp, ...row }) => {
    const [trigger, topic, site, team, agent] = grp.split("\u001f");
    const none = (v: string | undefined) => (v ? v : null);
    return { ...row, trigger_reason: none(trigger), topic: none(topic), site_id: site ?? "", team_id: none(team), agent_id: none(agent) };
  });
}

/** The period's conversations, one facts row each, for the lists behind a figure. */
export async function periodFacts(db: D1Database, workspaceId: string, q: Period): Promise<FactRow[]> {
  const { clause, binds } = where(workspaceId, q);
  const { results } = await db
    .prepare(
      `SELECT conversation_id AS id, site_id, team_id, agent_id, trigger_reason, state, visitor_id, created_at, updated_at, handoffs, defers,
         first_handoff, first_claim, first_reply, first_resolve, last_resolve, first_reopen, topic, sentiment_before, sentiment_at, sentiment_after,
         score, path, rating_agent, verdict, helpful, answers, escalated, ai_resolved, reopened, repeat_contact
       FROM conversation_facts ${clause} ORDER BY created_at`,
    )
    .bind(...binds)
    .all<FactRow>();
  return results;
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
