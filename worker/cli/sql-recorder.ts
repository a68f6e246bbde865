/**
 * Stands in for D1 in Node scripts that prepare data for `wrangler d1
 * execute`: every statement the product code would run is rendered as SQL
 * with its values inlined, in order. Lets the seed reuse the real
 * ArticleRepo instead of a second copy of its SQL.
 */
type Value = string | number | boolean | null | ArrayBuffer | Uint8Array | undefined;

export function sqlLiteral(value: Value): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to SQL`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "string") return `'${value.replace(/'/g, "''")}'`;
  const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
  return `X'${Buffer.from(bytes).toString("hex")}'`;
}

/** Replaces each `?` outside string literals with the next value. */
export function inline(sql: string, values: Value[]): string {
  let out = "";
  let index = 0;
  let quoted = false;
  for (const char of sql) {
    if (char === "'") quoted = !quoted;
    if (char === "?" && !quoted) {
      if (index >= values.length) throw new Error(`too few values for: ${sql}`);
      out += sqlLiteral(values[index++]);
    } else out += char;
  }
  if (index !== values.length) throw new Error(`too many values (${values.length}) for: ${sql}`);
  return out;
}

class RecordedStatement {
  readonly sql: string;
  readonly values: Value[];
  private readonly recorder: SqlRecorder;

  constructor(recorder: SqlRecorder, sql: string, values: Value[] = []) {
    this.recorder = recorder;
    this.sql = sql;
    this.values = values;
  }

  bind(...values: Value[]): RecordedStatement {
    return new RecordedStatement(this.recorder, this.sql, values);
  }

  async run() {
    this.recorder.statements.push(inline(this.sql, this.values));
    return { success: true, results: [], meta: {} };
  }
}

export class SqlRecorder {
  readonly statements: string[] = [];

  prepare(sql: string): RecordedStatement {
    return new RecordedStatement(this, sql);
  }

  async batch(statements: RecordedStatement[]) {
    for (const statement of statements) await statement.run();
    return [];
  }

  /** Pretends to be D1 for code that only prepares, runs and batches. */
  asD1(): D1Database {
    return this as unknown as D1Database;
  }

  /** Statements as written: multi-line is fine in a .sql file, and string literals keep their line breaks. */
  toSql(): string {
    return this.statements.map((s) => `${s.trim()};`).join("\n") + "\n";
  }
}
