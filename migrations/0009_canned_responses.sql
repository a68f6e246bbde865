-- Canned responses: a workspace's saved replies, inserted in the console with "/" and filled in
-- ({visitor.name}, {agent.name}, {site.name}). Agents read them; admins and owners write them.

CREATE TABLE canned_responses (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  -- What follows "/" in the composer, e.g. "refund-ok"; unique within the workspace.
  shortcut TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT
);
CREATE UNIQUE INDEX canned_responses_shortcut ON canned_responses(workspace_id, shortcut);
