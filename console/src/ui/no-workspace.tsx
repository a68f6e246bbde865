import { useState } from "preact/hooks";
import { agentApi } from "../api/agent-api.ts";
import { describeError } from "../api/api-error.ts";
import type { Session } from "../session/session.ts";
import { Logo } from "./logo.tsx";

/** Logged in, but a member of no workspace (removed from the last one, or a fresh account): start one, or wait for an invitation. */
export function NoWorkspace({ session }: { session: Session }) {
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async (event: Event) => {
    event.preventDefault();
    if (busy || !name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await agentApi.createWorkspace(name.trim());
      await session.refresh();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <form class="login-card" onSubmit={create} data-testid="no-workspace">
        <div class="login-brand">
          <Logo size={36} />
          <div>
            <h1>No workspace yet</h1>
            <p>Ask an admin for an invitation link, or start a workspace for your own team.</p>
          </div>
        </div>
        {error && (
          <p class="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <label class="field">
          <span>Workspace name</span>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="Acme Support" data-testid="new-workspace-name" />
        </label>
        <button type="submit" class="btn btn-primary btn-block" disabled={busy || !name.trim()} data-testid="new-workspace-submit">
          {busy ? "Creating…" : "Create workspace"}
        </button>
        <button type="button" class="btn btn-ghost btn-block" onClick={() => void session.logout()}>
          Log out
        </button>
      </form>
    </main>
  );
}
