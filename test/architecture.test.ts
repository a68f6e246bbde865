/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { DATA_LAYER_FILE, sqlOutsideDataLayer } from "./helpers/sql-boundary.ts";

// Vite inlines every worker source as text when this file is transformed, so the check runs inside workerd too.
const sources = import.meta.glob<string>("../worker/**/*.ts", { query: "?raw", import: "default", eager: true });

describe("architecture: SQL lives only in the data layer", () => {
  it("reads the whole worker tree", () => {
    const files = Object.keys(sources);
    // A glob that silently matched nothing would pass everything below.
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain("../worker/http/health-routes.ts");
    expect(files.filter((f) => DATA_LAYER_FILE.test(f))).toContain("../worker/conversation/message-store.ts");
  });

  it("no route, Durable Object or domain module runs SQL", () => {
    const found = sqlOutsideDataLayer(sources).map((f) => `${f.file.replace("../", "")}:${f.line} ${f.kind}: ${f.text}`);
    expect(found, "move these statements into a *-repo.ts (D1) or *-store.ts (Durable Object SQLite)").toEqual([]);
  });

  it("names the file and line of SQL outside the data layer, and leaves repositories and stores alone", () => {
    const route = 'app.get("/x", (c) => c.env.DB.prepare("SELECT 1").first());';
    const found = sqlOutsideDataLayer({
      "../worker/http/x-routes.ts": `import { Hono } from "hono";\n${route}`,
      "../worker/x/x-repo.ts": route,
      "../worker/x/x-store.ts": 'sql.exec("DELETE FROM x WHERE id = ?", id);',
      "../worker/x/schema.ts": "CREATE TABLE IF NOT EXISTS x (id TEXT);",
      "../worker/x/domain.ts": "for (const m of text.matchAll(/SELECT/g)) count += 1; const rule = PATTERN.exec(text);",
    });
    expect(found).toEqual([{ file: "../worker/http/x-routes.ts", line: 2, kind: "SELECT", text: route }]);
    expect(sqlOutsideDataLayer({ "../worker/x/do.ts": "this.sql.exec(step);" })).toHaveLength(1);
    expect(sqlOutsideDataLayer({ "../worker/x/do.ts": "INSERT OR IGNORE INTO emails VALUES (?)" })).toHaveLength(1);
    // Only the exact suffixes count: a file that merely mentions "repo" is not data layer.
    expect(DATA_LAYER_FILE.test("../worker/http/repo-routes.ts")).toBe(false);
    expect(DATA_LAYER_FILE.test("../worker/conversation/schema.ts")).toBe(true);
  });
});
