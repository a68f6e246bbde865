import { ApiError } from "../api/api-error.ts";

/**
 * The server's validation issues, by path ("settings.triggers.thresholds.criticalConfidence"),
 * so each form field can show the one about it. Paths are relative to `prefix`.
 */
export class FieldIssues {
  private readonly byPath: Map<string, string>;

  constructor(error: unknown, prefix = "") {
    this.byPath = new Map();
    if (!(error instanceof ApiError)) return;
    for (const issue of error.issues) {
      if (!issue.path.startsWith(prefix)) continue;
      const path = issue.path.slice(prefix.length).replace(/^\./, "");
      if (!this.byPath.has(path)) this.byPath.set(path, issue.message);
    }
  }

  /** The message for exactly this path, or for anything under it ("allowedOrigins" covers "allowedOrigins.2"). */
  at(path: string): string | undefined {
    const exact = this.byPath.get(path);
    if (exact) return exact;
    for (const [key, message] of this.byPath) if (key.startsWith(`${path}.`)) return `${key.slice(path.length + 1)}: ${message}`;
    return undefined;
  }

  /** Only an issue about this very path (a list as a whole, say "a topic is defined twice"). */
  exact(path: string): string | undefined {
    return this.byPath.get(path);
  }

  get count(): number {
    return this.byPath.size;
  }
}
