import { describeError } from "../api/api-error.ts";
import type { FieldIssues } from "./field-issues.ts";
import type { SaveState } from "./use-save.ts";

/** Above a settings form: what went wrong (or how many fields to fix), or that it was saved. */
export function SaveNotice({ save, issues, saved, testId }: { save: SaveState; issues: FieldIssues; saved: string; testId: string }) {
  if (save.error !== null) {
    return (
      <p class="notice notice-error" role="alert" data-testid={`${testId}-error`}>
        {issues.count > 0 ? `Not saved: ${issues.count} field${issues.count === 1 ? "" : "s"} to fix (marked below).` : describeError(save.error)}
      </p>
    );
  }
  if (!save.saved) return null;
  return (
    <p class="notice notice-info" role="status" data-testid={`${testId}-saved`}>
      {saved}
    </p>
  );
}
