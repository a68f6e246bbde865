-- Workspaces: a business owns its sites (and through them its knowledge bases and conversations) and its members.
-- Data from before workspaces moves into one workspace, 'default'; a fresh database starts with none.

CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
INSERT INTO workspaces (id, name, created_at)
  SELECT 'default', 'Default workspace', CAST(strftime('%s', 'now') AS INTEGER) * 1000
  WHERE EXISTS (SELECT 1 FROM sites) OR EXISTS (SELECT 1 FROM agents);

-- An agent's place in a workspace. Deactivated members keep their rows (the audit log and transcripts name them).
CREATE TABLE memberships (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'agent')),
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, agent_id)
);
CREATE INDEX memberships_agent ON memberships(agent_id);
-- Everyone could already do everything: the first agent becomes the owner, the others admins.
INSERT INTO memberships (workspace_id, agent_id, role, active, created_at)
  SELECT 'default', id,
         CASE WHEN id = (SELECT id FROM agents ORDER BY created_at, id LIMIT 1) THEN 'owner' ELSE 'admin' END,
         1, created_at
  FROM agents;

-- SQLite cannot add a column with a foreign key and a non-null default; the application keeps these in step.
ALTER TABLE sites ADD COLUMN workspace_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX sites_workspace ON sites(workspace_id, name);
ALTER TABLE conversations ADD COLUMN workspace_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX conversations_workspace ON conversations(workspace_id, updated_at);

-- Single-use links: an invitation to join a workspace, or a password reset. Only a hash of the token is kept.
CREATE TABLE invites (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  email TEXT NOT NULL COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'agent')),
  token_hash TEXT NOT NULL UNIQUE,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  accepted_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX invites_workspace ON invites(workspace_id, created_at);

CREATE TABLE password_resets (
  id TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX password_resets_agent ON password_resets(agent_id);

-- Who changed which setting, member or article, when, with the value before and after (JSON).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  target_label TEXT,
  before TEXT,
  after TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX audit_log_workspace ON audit_log(workspace_id, at);
