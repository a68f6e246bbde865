import { OUTBOX_SCHEMA } from "../durable/outbox-store.ts";
import { EMAILS_SCHEMA } from "./email-store.ts";
import { EVENTS_SCHEMA } from "./event-store.ts";

/**
 * The ConversationDO's own SQLite tables, as steps for durable/migrate.ts
 * (append, never edit a step that has shipped). The message log is the source of
 * truth; D1 is a copy kept in step by transcript-sync.ts.
 */
export const CONVERSATION_SCHEMA: readonly string[] = [
  `${OUTBOX_SCHEMA}
CREATE TABLE IF NOT EXISTS conversation (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  visitor_id TEXT,
  visitor TEXT NOT NULL,
  page TEXT,
  state TEXT NOT NULL,
  agent_id TEXT,
  agent_name TEXT,
  trigger_reason TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  queued_at INTEGER,
  assigned_at INTEGER,
  resolved_at INTEGER,
  -- Bumped on every change; D1 has the row as of synced_version.
  version INTEGER NOT NULL DEFAULT 1,
  synced_version INTEGER NOT NULL DEFAULT 0,
  -- D1 has every message up to synced_seq.
  synced_seq INTEGER NOT NULL DEFAULT 0,
  sync_failures INTEGER NOT NULL DEFAULT 0,
  sync_error TEXT
);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  -- Who sent it ("visitor", "agent:<id>", "ai", "system"): idempotency keys are per sender.
  sender TEXT NOT NULL,
  client_id TEXT,
  role TEXT NOT NULL,
  author TEXT,
  text TEXT NOT NULL,
  at INTEGER NOT NULL,
  ai TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS messages_sender_client ON messages (sender, client_id) WHERE client_id IS NOT NULL;
`,
  // Escalation decisions (JSON array) and the agent briefing (JSON).
  `ALTER TABLE conversation ADD COLUMN decisions TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE conversation ADD COLUMN briefing TEXT;`,
  // The workspace that owns the conversation (conversations from before workspaces belong to 'default').
  `ALTER TABLE conversation ADD COLUMN workspace_id TEXT NOT NULL DEFAULT 'default';`,
  // Routing: the team whose queue holds it, where a follow-up is emailed, the notices said once,
  // and the visitor's last place in line (not a change of the conversation: no version bump).
  `ALTER TABLE conversation ADD COLUMN team_id TEXT NOT NULL DEFAULT 'all';
   ALTER TABLE conversation ADD COLUMN visitor_email TEXT;
   ALTER TABLE conversation ADD COLUMN said TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE conversation ADD COLUMN queue_status TEXT;`,
  // Agents' replies emailed to the visitor, and the id the service gave each (threading).
  EMAILS_SCHEMA,
  // A system message's notice key and parameters (JSON), so the widget can say it in the visitor's language.
  `ALTER TABLE messages ADD COLUMN notice TEXT;`,
  // Events for the reports, kept until transcript-sync.ts has copied them to D1.
  EVENTS_SCHEMA,
];
