-- One narrow row per conversation with everything the reports count (issue 13):
-- the summary aggregates these over (workspace_id, created_at) instead of
-- joining every conversation's events, rating and votes at query time.
--
-- Kept by triggers on the tables it is read from, so it changes inside the
-- very statement that changes them: the ConversationDO's sync batch (row
-- upsert + INSERT OR IGNORE events), the feedback writes, the seeds and
-- deletions. No writer can forget it, a replayed batch changes nothing (an
-- ignored insert fires no trigger; an aggregate recomputed over the same rows
-- is the same), and there is no extra round trip.
CREATE TABLE conversation_facts (
  conversation_id TEXT NOT NULL UNIQUE,
  -- The UTC day it started, and its breakdown rows (trigger, topic, site, team, agent; '' for none, joined by
  -- U+001F): the key's order, so the summary's grouping walks the table instead of sorting it.
  day INTEGER NOT NULL,
  grp TEXT NOT NULL,
  workspace_id TEXT NOT NULL,
  site_id TEXT NOT NULL,
  visitor_id TEXT,
  state TEXT NOT NULL,
  team_id TEXT,
  agent_id TEXT,
  trigger_reason TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  -- From conversation_events (view conversation_fact_events).
  handoffs INTEGER NOT NULL DEFAULT 0,
  defers INTEGER NOT NULL DEFAULT 0,
  first_handoff INTEGER,
  first_claim INTEGER,
  first_reply INTEGER,
  first_resolve INTEGER,
  last_resolve INTEGER,
  first_reopen INTEGER,
  topic TEXT,
  sentiment_before REAL,
  sentiment_at REAL,
  sentiment_after REAL,
  -- From conversation_ratings, handoff_feedback and answer_feedback.
  score INTEGER,
  path TEXT,
  rating_agent TEXT,
  verdict TEXT,
  helpful INTEGER,
  answers INTEGER,
  -- Across the visitor's conversations (kept by the conversation_facts triggers below):
  -- the visitor started another one within 72 h of this one's last activity.
  came_back INTEGER NOT NULL DEFAULT 0,
  -- The visitor started another one with the same need in the 7 days before this one.
  repeat_contact INTEGER NOT NULL DEFAULT 0,
  -- What the README's definitions decide per conversation, worked out when the row changes (STORED) so
  -- the summary only adds up columns.
  need TEXT GENERATED ALWAYS AS (coalesce(topic, trigger_reason, 'general')) VIRTUAL,
  escalated INTEGER GENERATED ALWAYS AS (handoffs > 0 OR defers > 0) STORED,
  ai_resolved INTEGER GENERATED ALWAYS AS (handoffs = 0 AND defers = 0 AND came_back = 0) STORED,
  reopened INTEGER GENERATED ALWAYS AS (coalesce(first_reopen - first_resolve <= 259200000, 0)) STORED,
  -- The durations percentiles are taken over (ms; NULL where the figure does not count the conversation).
  reply_ms INTEGER GENERATED ALWAYS AS (CASE WHEN handoffs > 0 AND first_reply IS NOT NULL THEN max(0, first_reply - first_handoff) END) STORED,
  wait_ms INTEGER GENERATED ALWAYS AS (CASE WHEN handoffs > 0 AND first_claim IS NOT NULL THEN max(0, first_claim - first_handoff) END) STORED,
  ai_ms INTEGER GENERATED ALWAYS AS (max(0, coalesce(first_handoff, updated_at) - created_at)) STORED,
  human_ms INTEGER GENERATED ALWAYS AS (max(0, last_resolve - first_claim)) STORED,
  resolution_ms INTEGER GENERATED ALWAYS AS (CASE WHEN first_resolve IS NOT NULL THEN last_resolve - created_at END) STORED,
  -- Stored in the order the summary reads and groups it: a period is one contiguous range of the table,
  -- already in (day, grp) order: no index search plus a lookup per row, no sort of 100,000 rows.
  PRIMARY KEY (workspace_id, day, grp, created_at, conversation_id)
) WITHOUT ROWID;
-- came_back and repeat_contact look up the visitor's other conversations.
CREATE INDEX conversation_facts_visitor ON conversation_facts(workspace_id, visitor_id, created_at);

-- A conversation's events folded into the facts columns. The first handoff's topic and sentiments and the
-- last resolve's sentiment come from min/max over "n|value" keys (n zero-padded): one pass, no subquery.
CREATE VIEW conversation_fact_events AS
SELECT conversation_id,
  count(CASE WHEN kind = 'handoff' THEN 1 END) AS handoffs,
  count(CASE WHEN kind = 'defer' THEN 1 END) AS defers,
  min(CASE WHEN kind = 'handoff' THEN at END) AS first_handoff,
  min(CASE WHEN kind = 'claim' THEN at END) AS first_claim,
  min(CASE WHEN kind = 'first_reply' THEN at END) AS first_reply,
  min(CASE WHEN kind = 'resolve' THEN at END) AS first_resolve,
  max(CASE WHEN kind = 'resolve' THEN at END) AS last_resolve,
  min(CASE WHEN kind = 'reopen' THEN at END) AS first_reopen,
  substr(min(CASE WHEN kind = 'handoff' THEN printf('%010d|', n) || topic END), 12) AS topic,
  CAST(substr(min(CASE WHEN kind = 'handoff' THEN printf('%010d|', n) || sentiment_first END), 12) AS REAL) AS sentiment_before,
  CAST(substr(min(CASE WHEN kind = 'handoff' THEN printf('%010d|', n) || sentiment END), 12) AS REAL) AS sentiment_at,
  CAST(substr(max(CASE WHEN kind = 'resolve' THEN printf('%010d|', n) || sentiment END), 12) AS REAL) AS sentiment_after
FROM conversation_events GROUP BY conversation_id;

CREATE VIEW conversation_fact_votes AS
SELECT conversation_id, sum(helpful) AS helpful, count(*) AS answers FROM answer_feedback GROUP BY conversation_id;

-- Source tables → facts. Each trigger refreshes only the columns its table feeds.
CREATE TRIGGER conversation_facts_conversation_insert AFTER INSERT ON conversations BEGIN
  INSERT OR IGNORE INTO conversation_facts (conversation_id, day, grp, workspace_id, site_id, visitor_id, state, team_id, agent_id, trigger_reason, created_at, updated_at)
  VALUES (NEW.id, CAST(NEW.created_at / 86400000 AS INTEGER), coalesce(NEW.trigger_reason, '') || char(31) || coalesce(NULL, '') || char(31) || NEW.site_id || char(31) || coalesce(NEW.team_id, '') || char(31) || coalesce(NEW.agent_id, ''),
    NEW.workspace_id, NEW.site_id, NEW.visitor_id, NEW.state, NEW.team_id, NEW.agent_id, NEW.trigger_reason, NEW.created_at, NEW.updated_at);
  -- A rating or vote stored before D1 had the row (they travel separately) is not lost.
  UPDATE conversation_facts SET (score, path, rating_agent) = (SELECT score, path, agent_id FROM conversation_ratings WHERE conversation_id = NEW.id),
    verdict = (SELECT verdict FROM handoff_feedback WHERE conversation_id = NEW.id),
    (helpful, answers) = (SELECT helpful, answers FROM conversation_fact_votes WHERE conversation_id = NEW.id)
  WHERE conversation_id = NEW.id;
END;

-- What every sync may change; the key columns only move with a site moved between workspaces (below).
CREATE TRIGGER conversation_facts_conversation_update AFTER UPDATE OF state, team_id, agent_id, trigger_reason, updated_at ON conversations BEGIN
  UPDATE conversation_facts SET state = NEW.state, team_id = NEW.team_id, agent_id = NEW.agent_id, trigger_reason = NEW.trigger_reason, updated_at = NEW.updated_at
  WHERE conversation_id = NEW.id;
END;
CREATE TRIGGER conversation_facts_conversation_move AFTER UPDATE OF workspace_id, site_id, visitor_id, created_at ON conversations BEGIN
  UPDATE conversation_facts SET workspace_id = NEW.workspace_id, site_id = NEW.site_id, visitor_id = NEW.visitor_id, created_at = NEW.created_at
  WHERE conversation_id = NEW.id;
END;

CREATE TRIGGER conversation_facts_conversation_delete AFTER DELETE ON conversations BEGIN
  DELETE FROM conversation_facts WHERE conversation_id = OLD.id;
END;

CREATE TRIGGER conversation_facts_event AFTER INSERT ON conversation_events BEGIN
  UPDATE conversation_facts SET (handoffs, defers, first_handoff, first_claim, first_reply, first_resolve, last_resolve, first_reopen,
      topic, sentiment_before, sentiment_at, sentiment_after) =
    (SELECT handoffs, defers, first_handoff, first_claim, first_reply, first_resolve, last_resolve, first_reopen,
      topic, sentiment_before, sentiment_at, sentiment_after FROM conversation_fact_events WHERE conversation_id = NEW.conversation_id)
  WHERE conversation_id = NEW.conversation_id;
END;

CREATE TRIGGER conversation_facts_rating_insert AFTER INSERT ON conversation_ratings BEGIN
  UPDATE conversation_facts SET score = NEW.score, path = NEW.path, rating_agent = NEW.agent_id WHERE conversation_id = NEW.conversation_id;
END;
CREATE TRIGGER conversation_facts_rating_update AFTER UPDATE ON conversation_ratings BEGIN
  UPDATE conversation_facts SET score = NEW.score, path = NEW.path, rating_agent = NEW.agent_id WHERE conversation_id = NEW.conversation_id;
END;
CREATE TRIGGER conversation_facts_rating_delete AFTER DELETE ON conversation_ratings BEGIN
  UPDATE conversation_facts SET score = NULL, path = NULL, rating_agent = NULL WHERE conversation_id = OLD.conversation_id;
END;

CREATE TRIGGER conversation_facts_verdict_insert AFTER INSERT ON handoff_feedback BEGIN
  UPDATE conversation_facts SET verdict = NEW.verdict WHERE conversation_id = NEW.conversation_id;
END;
CREATE TRIGGER conversation_facts_verdict_update AFTER UPDATE ON handoff_feedback BEGIN
  UPDATE conversation_facts SET verdict = NEW.verdict WHERE conversation_id = NEW.conversation_id;
END;
CREATE TRIGGER conversation_facts_verdict_delete AFTER DELETE ON handoff_feedback BEGIN
  UPDATE conversation_facts SET verdict = NULL WHERE conversation_id = OLD.conversation_id;
END;

CREATE TRIGGER conversation_facts_vote_insert AFTER INSERT ON answer_feedback BEGIN
  UPDATE conversation_facts SET (helpful, answers) = (SELECT helpful, answers FROM conversation_fact_votes WHERE conversation_id = NEW.conversation_id)
  WHERE conversation_id = NEW.conversation_id;
END;
CREATE TRIGGER conversation_facts_vote_update AFTER UPDATE ON answer_feedback BEGIN
  UPDATE conversation_facts SET (helpful, answers) = (SELECT helpful, answers FROM conversation_fact_votes WHERE conversation_id = NEW.conversation_id)
  WHERE conversation_id = NEW.conversation_id;
END;
CREATE TRIGGER conversation_facts_vote_delete AFTER DELETE ON answer_feedback BEGIN
  UPDATE conversation_facts SET (helpful, answers) = (SELECT helpful, answers FROM conversation_fact_votes WHERE conversation_id = OLD.conversation_id)
  WHERE conversation_id = OLD.conversation_id;
END;

-- The key follows what it is made of (sets only day and grp, which no trigger listens to).
CREATE TRIGGER conversation_facts_key AFTER UPDATE OF trigger_reason, topic, site_id, team_id, agent_id, created_at ON conversation_facts BEGIN
  UPDATE conversation_facts SET day = CAST(NEW.created_at / 86400000 AS INTEGER), grp = coalesce(NEW.trigger_reason, '') || char(31) || coalesce(NEW.topic, '') || char(31) || NEW.site_id || char(31) || coalesce(NEW.team_id, '') || char(31) || coalesce(NEW.agent_id, '')
  WHERE conversation_id = NEW.conversation_id;
END;

-- Facts → the visitor's other conversations. These set only came_back and repeat_contact, which no
-- trigger listens to, so nothing recurses. INDEXED BY: the planner would otherwise take a range of the
-- workspace's primary key (covering, but every conversation of the workspace) over the visitor's few rows.
CREATE TRIGGER conversation_facts_visitor_insert AFTER INSERT ON conversation_facts WHEN NEW.visitor_id IS NOT NULL BEGIN
  -- Earlier conversations this one follows within 72 h of their last activity did not hold.
  UPDATE conversation_facts SET came_back = 1
  WHERE conversation_id IN (SELECT conversation_id FROM conversation_facts INDEXED BY conversation_facts_visitor
    WHERE workspace_id = NEW.workspace_id AND visitor_id = NEW.visitor_id AND created_at < NEW.created_at AND updated_at >= NEW.created_at - 259200000);
  UPDATE conversation_facts SET came_back = EXISTS (SELECT 1 FROM conversation_facts AS o INDEXED BY conversation_facts_visitor WHERE o.workspace_id = NEW.workspace_id AND o.visitor_id = NEW.visitor_id
      AND o.created_at > NEW.created_at AND o.created_at <= NEW.updated_at + 259200000)
  WHERE conversation_id = NEW.conversation_id;
  -- Its own repeat flag and those of the week after it (rows can arrive out of order: imports, seeds).
  UPDATE conversation_facts SET repeat_contact = EXISTS (SELECT 1 FROM conversation_facts AS o INDEXED BY conversation_facts_visitor WHERE o.workspace_id = conversation_facts.workspace_id AND o.visitor_id = conversation_facts.visitor_id
      AND o.created_at < conversation_facts.created_at AND o.created_at >= conversation_facts.created_at - 604800000 AND o.need = conversation_facts.need)
  WHERE conversation_id IN (SELECT conversation_id FROM conversation_facts INDEXED BY conversation_facts_visitor
    WHERE workspace_id = NEW.workspace_id AND visitor_id = NEW.visitor_id AND created_at >= NEW.created_at AND created_at <= NEW.created_at + 604800000);
END;

-- The need (handoff topic, else trigger) changed: this conversation's repeat flag and the week after it.
CREATE TRIGGER conversation_facts_visitor_need AFTER UPDATE OF topic, trigger_reason ON conversation_facts
WHEN NEW.visitor_id IS NOT NULL AND coalesce(OLD.topic, OLD.trigger_reason, 'general') IS NOT coalesce(NEW.topic, NEW.trigger_reason, 'general') BEGIN
  UPDATE conversation_facts SET repeat_contact = EXISTS (SELECT 1 FROM conversation_facts AS o INDEXED BY conversation_facts_visitor WHERE o.workspace_id = conversation_facts.workspace_id AND o.visitor_id = conversation_facts.visitor_id
      AND o.created_at < conversation_facts.created_at AND o.created_at >= conversation_facts.created_at - 604800000 AND o.need = conversation_facts.need)
  WHERE conversation_id IN (SELECT conversation_id FROM conversation_facts INDEXED BY conversation_facts_visitor
    WHERE workspace_id = NEW.workspace_id AND visitor_id = NEW.visitor_id AND created_at >= NEW.created_at AND created_at <= NEW.created_at + 604800000);
END;

-- Later activity widens the 72 h window a comeback is looked for in.
CREATE TRIGGER conversation_facts_visitor_activity AFTER UPDATE OF updated_at ON conversation_facts
WHEN NEW.visitor_id IS NOT NULL AND NEW.updated_at IS NOT OLD.updated_at BEGIN
  UPDATE conversation_facts SET came_back = EXISTS (SELECT 1 FROM conversation_facts AS o INDEXED BY conversation_facts_visitor WHERE o.workspace_id = NEW.workspace_id AND o.visitor_id = NEW.visitor_id
      AND o.created_at > NEW.created_at AND o.created_at <= NEW.updated_at + 259200000)
  WHERE conversation_id = NEW.conversation_id;
END;

-- A conversation removed (retention, a deleted workspace): its neighbours lose what it gave them.
CREATE TRIGGER conversation_facts_visitor_delete AFTER DELETE ON conversation_facts WHEN OLD.visitor_id IS NOT NULL BEGIN
  UPDATE conversation_facts SET came_back = EXISTS (SELECT 1 FROM conversation_facts AS o INDEXED BY conversation_facts_visitor WHERE o.workspace_id = conversation_facts.workspace_id AND o.visitor_id = conversation_facts.visitor_id
      AND o.created_at > conversation_facts.created_at AND o.created_at <= conversation_facts.updated_at + 259200000)
  WHERE conversation_id IN (SELECT conversation_id FROM conversation_facts INDEXED BY conversation_facts_visitor
    WHERE workspace_id = OLD.workspace_id AND visitor_id = OLD.visitor_id AND created_at < OLD.created_at AND updated_at >= OLD.created_at - 259200000);
  UPDATE conversation_facts SET repeat_contact = EXISTS (SELECT 1 FROM conversation_facts AS o INDEXED BY conversation_facts_visitor WHERE o.workspace_id = conversation_facts.workspace_id AND o.visitor_id = conversation_facts.visitor_id
      AND o.created_at < conversation_facts.created_at AND o.created_at >= conversation_facts.created_at - 604800000 AND o.need = conversation_facts.need)
  WHERE conversation_id IN (SELECT conversation_id FROM conversation_facts INDEXED BY conversation_facts_visitor
    WHERE workspace_id = OLD.workspace_id AND visitor_id = OLD.visitor_id AND created_at > OLD.created_at AND created_at <= OLD.created_at + 604800000);
END;

-- Backfill: conversations already in D1 (the triggers above only see what comes after).
INSERT INTO conversation_facts (conversation_id, day, grp, workspace_id, site_id, visitor_id, state, team_id, agent_id, trigger_reason, created_at, updated_at,
  handoffs, defers, first_handoff, first_claim, first_reply, first_resolve, last_resolve, first_reopen, topic, sentiment_before, sentiment_at, sentiment_after,
  score, path, rating_agent, verdict, helpful, answers)
SELECT c.id, CAST(c.created_at / 86400000 AS INTEGER), coalesce(c.trigger_reason, '') || char(31) || coalesce(e.topic, '') || char(31) || c.site_id || char(31) || coalesce(c.team_id, '') || char(31) || coalesce(c.agent_id, ''), c.workspace_id, c.site_id, c.visitor_id, c.state, c.team_id, c.agent_id, c.trigger_reason, c.created_at, c.updated_at,
  coalesce(e.handoffs, 0), coalesce(e.defers, 0), e.first_handoff, e.first_claim, e.first_reply, e.first_resolve, e.last_resolve, e.first_reopen,
  e.topic, e.sentiment_before, e.sentiment_at, e.sentiment_after, r.score, r.path, r.agent_id, h.verdict, v.helpful, v.answers
FROM conversations c
LEFT JOIN conversation_fact_events e ON e.conversation_id = c.id
LEFT JOIN conversation_ratings r ON r.conversation_id = c.id
LEFT JOIN handoff_feedback h ON h.conversation_id = c.id
LEFT JOIN conversation_fact_votes v ON v.conversation_id = c.id;
