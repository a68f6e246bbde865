/**
 * Reads the local stack's state files (read only, while it runs): how many
 * rows the Durable Objects' SQLite databases hold, and the shape of the demo
 * knowledge base in D1 (passages and their mean length), for cost/model.ts.
 * wrangler dev keeps them under <persist-to>/v3/{do,d1}/.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";

/** miniflare's own bookkeeping, not the product's rows. */
const INTERNAL = new Set(["__miniflare_do_name", "_cf_METADATA", "sqlite_sequence"]);

function databases(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite")
    .map((f) => path.join(dir, f));
}

function withDb<T>(file: string, read: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Rows held by every Durable Object of the worker, summed over their databases. */
export function durableObjectRows(persistTo: string): number {
  const root = path.join(persistTo, "v3/do");
  if (!existsSync(root)) return 0;
  let rows = 0;
  for (const klass of readdirSync(root)) {
    for (const file of databases(path.join(root, klass))) {
      rows += withDb(file, (db) => {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
        return tables.filter((t) => !INTERNAL.has(t.name)).reduce((sum, t) => sum + Number((db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n), 0);
      });
    }
  }
  return rows;
}

/** The site's knowledge-base passages in the local D1: how many, and their mean length in characters. */
export function knowledgeBase(persistTo: string, siteId: string): { passages: number; mean_passage_chars: number } {
  const [file] = databases(path.join(persistTo, "v3/d1/miniflare-D1DatabaseObject"));
  if (!file) throw new Error(`no local D1 database under ${persistTo}`);
  return withDb(file, (db) => {
    const row = db.prepare("SELECT count(*) AS n, avg(length(text)) AS chars FROM kb_passages WHERE site_id = ?").get(siteId) as { n: number; chars: number | null };
    return { passages: Number(row.n), mean_passage_chars: Math.round(Number(row.chars ?? 0)) };
  });
}
