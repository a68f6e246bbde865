-- Routing: teams with members and an assignment mode, capacity per agent, and what a follow-up ticket needs.

CREATE TABLE teams (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  -- manual: a pool agents claim from; auto: offered to the least busy online agent.
  assignment TEXT NOT NULL DEFAULT 'manual' CHECK (assignment IN ('manual', 'auto')),
  -- How long an auto-assign offer waits for the agent before it moves on.
  offer_seconds INTEGER NOT NULL DEFAULT 30,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE team_members (
  workspace_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  PRIMARY KEY (workspace_id, team_id, agent_id),
  FOREIGN KEY (workspace_id, team_id) REFERENCES teams(workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX team_members_agent ON team_members(workspace_id, agent_id);

-- Conversations at once per agent; NULL: the workspace's default.
ALTER TABLE memberships ADD COLUMN capacity INTEGER;
ALTER TABLE workspaces ADD COLUMN default_capacity INTEGER NOT NULL DEFAULT 3;
-- How the workspace-wide team ("all": everyone, when no team or rule applies) assigns.
ALTER TABLE workspaces ADD COLUMN all_assignment TEXT NOT NULL DEFAULT 'manual';

ALTER TABLE conversations ADD COLUMN team_id TEXT;
-- Where a follow-up ticket's answer is emailed.
ALTER TABLE conversations ADD COLUMN visitor_email TEXT;
CREATE INDEX conversations_workspace_state ON conversations(workspace_id, state, updated_at);
