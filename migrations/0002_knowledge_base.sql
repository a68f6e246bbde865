-- Knowledge base: articles, the passages they are chunked into, and full-text search over passages.

CREATE TABLE kb_articles (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  url TEXT,
  -- JSON array of strings.
  tags TEXT NOT NULL DEFAULT '[]',
  updated_at INTEGER NOT NULL
);
CREATE INDEX kb_articles_site ON kb_articles(site_id, updated_at);

CREATE TABLE kb_passages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
  site_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  heading TEXT,
  text TEXT NOT NULL,
  -- Float32 vector from the embedding model, when Workers AI is bound.
  embedding BLOB,
  embedding_model TEXT
);
CREATE INDEX kb_passages_article ON kb_passages(article_id, position);
CREATE INDEX kb_passages_site ON kb_passages(site_id);

-- rowid = kb_passages.id; maintained by worker/kb/article-store.ts in the same batch as the passages.
CREATE VIRTUAL TABLE kb_fts USING fts5(
  site_id UNINDEXED,
  title,
  heading,
  text,
  tags,
  tokenize = 'porter unicode61'
);
