-- Satisfaction and handoff feedback (issue 13). Each row is written once: a conversation is rated at
-- most once, an AI answer marked once, a handoff judged once by the agent who received it.

-- The visitor's 1–5 rating of a conversation, with an optional comment. `path` says what answered
-- them: 'ai' (the AI alone) or 'human' (handed to a person); `agent_id` is the agent who last replied.
CREATE TABLE conversation_ratings (
  conversation_id TEXT PRIMARY KEY REFERENCES conversations(id),
  workspace_id TEXT NOT NULL,
  site_id TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment TEXT,
  path TEXT NOT NULL CHECK (path IN ('ai', 'human')),
  agent_id TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX conversation_ratings_workspace ON conversation_ratings(workspace_id, created_at);
CREATE INDEX conversation_ratings_agent ON conversation_ratings(workspace_id, agent_id, created_at);

-- Helpful / not helpful on one AI answer (the message's seq in its conversation).
CREATE TABLE answer_feedback (
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  seq INTEGER NOT NULL,
  workspace_id TEXT NOT NULL,
  site_id TEXT NOT NULL,
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX answer_feedback_workspace ON answer_feedback(workspace_id, created_at);

-- The receiving agent's verdict on a handoff: it was not needed, or it came too late.
-- `trigger_reason` copies the conversation's at the time, so precision per trigger needs no join.
CREATE TABLE handoff_feedback (
  conversation_id TEXT PRIMARY KEY REFERENCES conversations(id),
  workspace_id TEXT NOT NULL,
  trigger_reason TEXT,
  verdict TEXT NOT NULL CHECK (verdict IN ('not_needed', 'too_late')),
  agent_id TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX handoff_feedback_workspace ON handoff_feedback(workspace_id, created_at);
