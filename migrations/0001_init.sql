-- Sites, agents, sessions, and conversation transcripts.

CREATE TABLE sites (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- JSON array of origins allowed to embed the widget, e.g. ["https://shop.example"].
  allowed_origins TEXT NOT NULL DEFAULT '[]',
  -- JSON validated by worker/sites/site-settings.ts.
  settings TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER NOT NULL
);

CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE agent_sessions (
  id TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX agent_sessions_agent ON agent_sessions(agent_id);

-- Kept in step with each ConversationDO by its sync outbox.
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id),
  visitor_id TEXT,
  -- JSON: what the site or the visitor told us (name, email, tier).
  visitor TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL,
  agent_id TEXT,
  agent_name TEXT,
  trigger_reason TEXT,
  page_url TEXT,
  page_title TEXT,
  referrer TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  queued_at INTEGER,
  assigned_at INTEGER,
  resolved_at INTEGER,
  last_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_site_state ON conversations(site_id, state, updated_at);
CREATE INDEX conversations_visitor ON conversations(visitor_id, created_at);

CREATE TABLE messages (
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT,
  role TEXT NOT NULL,
  author TEXT,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  -- JSON AiMeta for AI messages (provider, model, confidence, citations).
  ai TEXT,
  PRIMARY KEY (conversation_id, seq)
);
