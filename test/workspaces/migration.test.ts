import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const WORKSPACES_MIGRATION = "0007_workspaces.sql";

describe("the workspaces migration", () => {
  it("moves a pre-workspace database into one 'default' workspace and loses nothing", async () => {
    const db = env.MIGRATION_DB;
    const cut = env.TEST_MIGRATIONS.findIndex((m) => m.name === WORKSPACES_MIGRATION);
    expect(cut).toBeGreaterThan(0);
    await applyD1Migrations(db, env.TEST_MIGRATIONS.slice(0, cut));

    // What a deployment from before workspaces holds: two agents, a site with an article, a conversation with messages.
    const t = 1_700_000_000_000;
    await db.batch([
      db.prepare("INSERT INTO agents (id, email, name, password_hash, created_at) VALUES ('first', 'first@x.test', 'First', 'h1', ?)").bind(t),
      db.prepare("INSERT INTO agents (id, email, name, password_hash, created_at) VALUES ('second', 'second@x.test', 'Second', 'h2', ?)").bind(t + 1),
      db.prepare("INSERT INTO agent_sessions (id, agent_id, created_at, expires_at) VALUES ('s1', 'second', ?, ?)").bind(t, t + 1e12),
      db.prepare("INSERT INTO sites (id, name, allowed_origins, settings, created_at) VALUES ('shop', 'Shop', '[\"https://shop.test\"]', '{\"greeting\":\"Hello\"}', ?)").bind(t),
      db.prepare("INSERT INTO kb_articles (id, site_id, title, body, url, tags, updated_at) VALUES ('a1', 'shop', 'Refunds', 'Within 30 days.', NULL, '[]', ?)").bind(t),
      db.prepare("INSERT INTO kb_passages (article_id, site_id, position, heading, text) VALUES ('a1', 'shop', 0, NULL, 'Within 30 days.')"),
      db.prepare("INSERT INTO kb_fts (rowid, site_id, title, heading, text, tags) VALUES (last_insert_rowid(), 'shop', 'Refunds', NULL, 'Within 30 days.', '')"),
      db.prepare("INSERT INTO conversations (id, site_id, visitor, state, created_at, updated_at, last_seq) VALUES ('c1', 'shop', '{}', 'queued', ?, ?, 2)").bind(t, t),
      db.prepare("INSERT INTO messages (conversation_id, seq, id, role, text, created_at) VALUES ('c1', 1, 'm1', 'ai', 'Hello', ?)").bind(t),
      db.prepare("INSERT INTO messages (conversation_id, seq, id, role, text, created_at) VALUES ('c1', 2, 'm2', 'visitor', 'Refund please', ?)").bind(t),
    ]);
    const counts = async () =>
      (
        await db.batch(["agents", "agent_sessions", "sites", "kb_articles", "kb_passages", "conversations", "messages"].map((table) => db.prepare(`SELECT '${table}' AS t, count(*) AS n FROM ${table}`)))
      ).map((r) => r.results[0]);
    const before = await counts();

    await applyD1Migrations(db, env.TEST_MIGRATIONS);

    expect(await counts()).toEqual(before);
    const workspace = await db.prepare("SELECT id, name FROM workspaces").all();
    expect(workspace.results).toEqual([{ id: "default", name: "Default workspace" }]);
    const members = await db.prepare("SELECT agent_id, role, active FROM memberships ORDER BY agent_id").all();
    // The first agent owns it; everyone else keeps the powers they had, as admins.
    expect(members.results).toEqual([
      { agent_id: "first", role: "owner", active: 1 },
      { agent_id: "second", role: "admin", active: 1 },
    ]);
    expect((await db.prepare("SELECT workspace_id FROM sites WHERE id = 'shop'").first())?.workspace_id).toBe("default");
    expect((await db.prepare("SELECT workspace_id FROM conversations WHERE id = 'c1'").first())?.workspace_id).toBe("default");
    const searched = await db.prepare("SELECT rowid FROM kb_fts WHERE kb_fts MATCH 'refunds' AND site_id = 'shop'").all();
    expect(searched.results).toHaveLength(1);
  });

  it("leaves a fresh database empty: no workspace until someone creates one", async () => {
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM workspaces WHERE id = 'default'").first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });
});
