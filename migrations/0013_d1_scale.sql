-- D1 at scale (bench/README.md "D1 per message").

-- How long a workspace keeps its conversations (transcripts, events, feedback) after their last activity.
-- NULL keeps them forever. The hourly Cron Trigger (worker/retention/) deletes what is older, in bounded batches.
ALTER TABLE workspaces ADD COLUMN retention_days INTEGER DEFAULT 365 CHECK (retention_days IS NULL OR retention_days >= 1);

-- Version stamps for the caches kept in each isolate (worker/cache/): a conversation reads its site's three stamps
-- in one statement per turn instead of re-reading the site, the vocabulary statistics and the article stamp.
-- Triggers bump them, so no write path (API, CLI, a console session in another isolate) can forget to.
--   'site:<id>'  the site's row (settings, origins)
--   'kb:<id>'    the site's articles (and so its passages and embeddings)
--   'kb'         any site's articles: the fts5vocab statistics cover the whole database
CREATE TABLE cache_stamps (
  scope TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);

CREATE TRIGGER sites_stamp_insert AFTER INSERT ON sites BEGIN
  INSERT INTO cache_stamps (scope, version) VALUES ('site:' || NEW.id, 1) ON CONFLICT (scope) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER sites_stamp_update AFTER UPDATE ON sites BEGIN
  INSERT INTO cache_stamps (scope, version) VALUES ('site:' || NEW.id, 1) ON CONFLICT (scope) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER sites_stamp_delete AFTER DELETE ON sites BEGIN
  INSERT INTO cache_stamps (scope, version) VALUES ('site:' || OLD.id, 1) ON CONFLICT (scope) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER kb_articles_stamp_insert AFTER INSERT ON kb_articles BEGIN
  INSERT INTO cache_stamps (scope, version) VALUES ('kb', 1), ('kb:' || NEW.site_id, 1)
    ON CONFLICT (scope) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER kb_articles_stamp_update AFTER UPDATE ON kb_articles BEGIN
  INSERT INTO cache_stamps (scope, version) VALUES ('kb', 1), ('kb:' || NEW.site_id, 1)
    ON CONFLICT (scope) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER kb_articles_stamp_delete AFTER DELETE ON kb_articles BEGIN
  INSERT INTO cache_stamps (scope, version) VALUES ('kb', 1), ('kb:' || OLD.site_id, 1)
    ON CONFLICT (scope) DO UPDATE SET version = version + 1;
END;

-- The retention sweep finds expired conversations per workspace by last activity (conversations_workspace covers
-- it); ai_usage rows older than the sweep's horizon go by day.
CREATE INDEX ai_usage_day ON ai_usage(day);
