-- Document frequency of every indexed term, read to weigh how much of a question a passage answers.
CREATE VIRTUAL TABLE kb_vocab USING fts5vocab(kb_fts, 'row');

-- Per-site daily count of AI turns, for the site's AI budget.
CREATE TABLE ai_usage (
  site_id TEXT NOT NULL,
  day TEXT NOT NULL,
  turns INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, day)
);
