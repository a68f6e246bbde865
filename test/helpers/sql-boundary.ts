/**
 * The rule that SQL lives only in the data layer, as a pure check over
 * source text (test/architecture.test.ts feeds it every worker/ file).
 */

/**
 * Data-layer files, by name: D1 repositories (`*-repo.ts`) and the statement
 * builders kept beside them (`*-statements.ts`), Durable Object SQLite stores
 * (`*-store.ts`) and schemas (`schema.ts`, `*-schema.ts`), and D1 itself
 * (`*-d1.ts`, the Node stand-in the CLI runs on).
 */
export const DATA_LAYER_FILE = /(?:^|\/)(?:[\w.-]+-(?:repo|store|statements|d1|schema)|schema)\.ts$/;

/** What SQL looks like in TypeScript: statement text, or a call that runs it (D1's prepare, SqlStorage's exec). */
const SQL_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: "SELECT", pattern: /\bSELECT\s+(?:[\w*(]|\$\{)/ },
  { name: "INSERT", pattern: /\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b/ },
  { name: "UPDATE", pattern: /\bUPDATE\s+\w+\s+SET\b/ },
  { name: "DELETE", pattern: /\bDELETE\s+FROM\b/ },
  { name: "DDL", pattern: /\b(?:CREATE|ALTER|DROP)\s+(?:UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b/ },
  { name: "PRAGMA", pattern: /\bPRAGMA\s+\w+/ },
  { name: ".prepare(", pattern: /\.prepare\s*\(/ },
  { name: "sql.exec(", pattern: /\bsql\s*\.\s*exec\s*[<(]/ },
];

export interface SqlFinding {
  file: string;
  line: number;
  kind: string;
  text: string;
}

/** Every line outside the data layer that holds SQL, with the file and line to name. */
export function sqlOutsideDataLayer(sources: Record<string, string>): SqlFinding[] {
  const found: SqlFinding[] = [];
  for (const [file, source] of Object.entries(sources)) {
    if (DATA_LAYER_FILE.test(file)) continue;
    source.split("\n").forEach((text, index) => {
      const hit = SQL_PATTERNS.find(({ pattern }) => pattern.test(text));
      if (hit) found.push({ file, line: index + 1, kind: hit.name, text: text.trim().slice(0, 120) });
    });
  }
  return found;
}
