/**
 * SQL that seeds `n` conversations in the demo workspace for the reports
 * bench, generated inside SQLite (a recursive CTE) so 100,000 rows take one
 * statement each table instead of a 30 MB script. Over 30 days from `start`:
 * two in three stay with the AI; the rest are handed off, claimed by one of
 * five agents, answered and resolved, some reopened, some rated.
 * The rows go into the tables the ConversationDO and the feedback routes
 * write, so conversation_facts is built by the same triggers
 * (migrations/0014) as in production, not by a seed-only shortcut.
 */
export function reportSeedSql(n: number, start: number): string {
  const span = 30 * 86_400_000;
  const rows = `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${n})`;
  const at = `(${start} + (i * 2654435761 % ${span}))`;
  const human = `(i % 3 = 0)`;
  return `
${rows}
INSERT INTO conversations (id, workspace_id, site_id, visitor_id, state, agent_id, trigger_reason, team_id, created_at, updated_at)
SELECT 'rb-' || i, 'kestrel', 'demo', 'rv-' || (i % 40000),
  CASE WHEN ${human} THEN 'resolved' ELSE 'bot' END,
  CASE WHEN ${human} THEN 'demo-agent' ELSE NULL END,
  CASE WHEN ${human} THEN (CASE i % 4 WHEN 0 THEN 'frustration' WHEN 1 THEN 'asked_for_human' WHEN 2 THEN 'forced_topic' ELSE 'low_confidence' END) ELSE NULL END,
  CASE WHEN ${human} THEN 'all' ELSE NULL END,
  ${at}, ${at} + 600000
FROM k;
${rows}
INSERT INTO conversation_events (conversation_id, n, workspace_id, site_id, kind, at, agent_id, team_id, trigger_reason, topic, sentiment, sentiment_first)
SELECT 'rb-' || i, e.n, 'kestrel', 'demo', e.kind, ${at} + e.n * 60000 + (i % 7) * 30000, CASE WHEN e.n > 1 THEN 'demo-agent' END, 'all', NULL,
  CASE WHEN e.n = 1 AND i % 2 = 0 THEN 'refund' END, (i % 11) / 10.0 - 0.5, CASE WHEN e.n = 1 THEN (i % 5) / 5.0 - 0.4 END
FROM k JOIN (SELECT 1 AS n, 'handoff' AS kind UNION ALL SELECT 2, 'claim' UNION ALL SELECT 3, 'first_reply' UNION ALL SELECT 4, 'resolve') e
WHERE ${human};
${rows}
INSERT INTO conversation_ratings (conversation_id, workspace_id, site_id, score, path, agent_id, created_at)
SELECT 'rb-' || i, 'kestrel', 'demo', 1 + i % 5, CASE WHEN ${human} THEN 'human' ELSE 'ai' END, CASE WHEN ${human} THEN 'demo-agent' END, ${at} + 700000
FROM k WHERE i % 5 = 0;
${rows}
INSERT INTO answer_feedback (conversation_id, seq, workspace_id, site_id, helpful, created_at)
SELECT 'rb-' || i, 3, 'kestrel', 'demo', i % 2, ${at} + 100000 FROM k WHERE i % 4 = 1;
`;
}
