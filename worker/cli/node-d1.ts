/**
 * An in-memory D1 for Node scripts, on node:sqlite (whose SQLite has FTS5
 * and fts5vocab, like D1). Implements the part of D1Database the knowledge
 * base and the embedded AI provider use: prepare, bind, first, all, run
 * and batch (in one transaction, as D1 does). Lets the trigger evaluation
 * run the product's own retrieval code offline.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";

type BindValue = string | number | boolean | null | undefined | ArrayBuffer | ArrayBufferView;
type Row = Record<string, unknown>;

function toSqlite(value: BindValue): SQLInputValue {
  if (value === undefined) throw new TypeError("D1 cannot bind undefined; use null");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return value;
}

function meta(changes = 0, lastRowId = 0) {
  return { duration: 0, size_after: 0, rows_read: 0, rows_written: changes, last_row_id: lastRowId, changed_db: changes > 0, changes };
}

class NodeStatement {
  private readonly db: DatabaseSync;
  readonly sql: string;
  private readonly values: SQLInputValue[];

  constructor(db: DatabaseSync, sql: string, values: SQLInputValue[] = []) {
    this.db = db;
    this.sql = sql;
    this.values = values;
  }

  bind(...values: BindValue[]): NodeStatement {
    return new NodeStatement(this.db, this.sql, values.map(toSqlite));
  }

  async first<T = Row>(column?: string): Promise<T | null> {
    const row = this.db.prepare(this.sql).get(...this.values) as Row | undefined;
    if (!row) return null;
    return (column === undefined ? { ...row } : row[column]) as T;
  }

  async all<T = Row>() {
    return this.execute<T>();
  }

  async run<T = Row>() {
    return this.execute<T>();
  }

  /** Synchronous, for batch: rows for statements that return them, counts for the rest. */
  execute<T>(): { success: true; results: T[]; meta: ReturnType<typeof meta> } {
    const statement = this.db.prepare(this.sql);
    if (statement.columns().length > 0) {
      const rows = statement.all(...this.values).map((r) => ({ ...r }) as T);
      return { success: true, results: rows, meta: meta() };
    }
    const { changes, lastInsertRowid } = statement.run(...this.values);
    return { success: true, results: [], meta: meta(Number(changes), Number(lastInsertRowid)) };
  }
}

export class NodeD1 {
  readonly sqlite: DatabaseSync;

  constructor(file = ":memory:") {
    this.sqlite = new DatabaseSync(file);
    this.sqlite.exec("PRAGMA foreign_keys = ON");
  }

  prepare(sql: string): NodeStatement {
    return new NodeStatement(this.sqlite, sql);
  }

  async batch<T = Row>(statements: NodeStatement[]) {
    this.sqlite.exec("BEGIN");
    try {
      const results = statements.map((s) => s.execute<T>());
      this.sqlite.exec("COMMIT");
      return results;
    } catch (error) {
      this.sqlite.exec("ROLLBACK");
      throw error;
    }
  }

  async exec(sql: string) {
    this.sqlite.exec(sql);
    return { count: 1, duration: 0 };
  }

  /** Applies every `*.sql` in the folder, in name order, as `wrangler d1 migrations apply` would. */
  migrate(folder: string): string[] {
    const files = readdirSync(folder).filter((f) => f.endsWith(".sql")).sort();
    for (const file of files) this.sqlite.exec(readFileSync(path.join(folder, file), "utf8"));
    return files;
  }

  /** The product code's view of it. Only the methods above exist: others throw when called. */
  asD1(): D1Database {
    return this as unknown as D1Database;
  }

  close(): void {
    this.sqlite.close();
  }
}
