-- Knowledge gaps (issue 13): articles can be drafts, and the question groups an article was drafted from are
-- kept so that the questions asked after it was published can be matched to them (worker/gaps/).

-- A draft has no passages and no full-text rows (worker/kb/article-repo.ts): no retrieval path can find it.
ALTER TABLE kb_articles ADD COLUMN status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published'));

-- One group of questions the AI could not answer, turned into a draft article by an admin.
CREATE TABLE kb_gaps (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  article_id TEXT REFERENCES kb_articles(id) ON DELETE SET NULL,
  -- The group's most representative question.
  label TEXT NOT NULL,
  -- JSON object: stemmed term -> in how many of the group's questions it occurs (the lexical centroid).
  terms TEXT NOT NULL,
  -- The mean of the questions' embeddings, when the group was formed by embeddings.
  embedding BLOB,
  embedding_model TEXT,
  -- How many questions the group had when it was drafted.
  questions INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  published_at INTEGER
);
CREATE INDEX kb_gaps_site ON kb_gaps(site_id, created_at);
CREATE INDEX kb_gaps_article ON kb_gaps(article_id);
