-- Append-only log of what happened to each conversation (issue 13, reports).
-- Written by the ConversationDO in the same D1 batch as its transcript writes
-- (worker/conversation/event-log.ts, transcript-sync.ts); (conversation_id, n)
-- makes a replayed batch harmless.
CREATE TABLE conversation_events (
  conversation_id TEXT NOT NULL,
  -- The event's number within its conversation, from 1.
  n INTEGER NOT NULL,
  workspace_id TEXT NOT NULL,
  site_id TEXT NOT NULL,
  -- handoff, claim, first_reply, release, transfer, reassign, hand_back, defer, resolve, reopen.
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  agent_id TEXT,
  team_id TEXT,
  trigger_reason TEXT,
  -- The policy topic the handoff recognised, when it did.
  topic TEXT,
  -- The visitor's latest sentiment (-1..1) when the event happened, when known.
  sentiment REAL,
  -- The visitor's first known sentiment in the conversation (handoff events only).
  sentiment_first REAL,
  PRIMARY KEY (conversation_id, n)
);
-- Reports read a workspace's events by kind and time (reopens, first replies in a period).
CREATE INDEX conversation_events_workspace ON conversation_events(workspace_id, kind, at);

-- Reports select a workspace's conversations by start time, optionally per site.
CREATE INDEX conversations_workspace_created ON conversations(workspace_id, created_at);
CREATE INDEX conversations_site_created ON conversations(site_id, created_at);
