-- Escalation decisions (every decision that was not "stay", with its signals and evidence)
-- and the agent briefing, kept with the conversation.
ALTER TABLE conversations ADD COLUMN decisions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE conversations ADD COLUMN briefing TEXT;
