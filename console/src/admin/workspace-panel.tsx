import { useState } from "preact/hooks";
import type { MyWorkspace } from "../api/agent-api.ts";
import { adminApi } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { Labelled } from "./labelled.tsx";
import { RetentionCard } from "./retention-card.tsx";

/** The workspace's name, how long it keeps conversations, and (owners) deleting it with everything in it. */
export function WorkspacePanel({ workspace, onChanged }: { workspace: MyWorkspace; onChanged: () => void }) {
  const [name, setName] = useState(workspace.name);
  const [confirmName, setConfirmName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="admin-main admin-narrow">
      {error && <p class="notice notice-error">{error}</p>}
      <form
        class="admin-card"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => adminApi.renameWorkspace(name.trim()));
        }}
      >
        <h3>Workspace</h3>
        <Labelled label="Name">
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="workspace-rename" />
        </Labelled>
        <button type="submit" class="btn btn-primary btn-sm" disabled={busy || !name.trim() || name.trim() === workspace.name}>
          Rename
        </button>
      </form>
      <RetentionCard />
      {workspace.role === "owner" && (
        <form
          class="admin-card danger-zone"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => adminApi.deleteWorkspace(confirmName));
          }}
        >
          <h3>Delete this workspace</h3>
          <p>Every site, article, conversation and transcript of {workspace.name} is deleted, and every member loses access. This cannot be undone.</p>
          <Labelled label={`Type “${workspace.name}” to confirm`}>
            <input value={confirmName} onInput={(e) => setConfirmName(e.currentTarget.value)} data-testid="workspace-delete-confirm" />
          </Labelled>
          <button type="submit" class="btn btn-danger btn-sm" disabled={busy || confirmName !== workspace.name} data-testid="workspace-delete">
            Delete workspace
          </button>
        </form>
      )}
    </div>
  );
}
