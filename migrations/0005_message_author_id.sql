-- Who wrote an agent message (agents may share a display name).
ALTER TABLE messages ADD COLUMN author_id TEXT;
