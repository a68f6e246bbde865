import { useState } from "preact/hooks";
import { accountApi } from "../api/account-api.ts";
import type { AgentProfile } from "../api/agent-api.ts";
import { describeError } from "../api/api-error.ts";
import type { Session } from "../session/session.ts";

/** The agent's own name and password. A new password logs out every other device. */
export function ProfileScreen({ agent, session }: { agent: AgentProfile; session: Session }) {
  const [name, setName] = useState(agent.name);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<string>) => {
    setError(null);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  return (
    <main class="admin admin-narrow profile" data-testid="profile-screen">
      {notice && <p class="notice notice-info" role="status">{notice}</p>}
      {error && <p class="notice notice-error" role="alert">{error}</p>}
      <form
        class="admin-card"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await accountApi.rename(name.trim());
            await session.refresh();
            return "Name saved: visitors see it on your new messages.";
          });
        }}
      >
        <h3>Your name</h3>
        <p class="muted">{agent.email}</p>
        <label class="field admin-field">
          <span>Name shown to visitors</span>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="profile-name" />
        </label>
        <button type="submit" class="btn btn-primary btn-sm" disabled={!name.trim() || name.trim() === agent.name}>
          Save name
        </button>
      </form>
      <form
        class="admin-card"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await accountApi.changePassword(current, next);
            setCurrent("");
            setNext("");
            return "Password changed. Other devices were logged out.";
          });
        }}
      >
        <h3>Password</h3>
        <label class="field admin-field">
          <span>Current password</span>
          <input type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
        </label>
        <label class="field admin-field">
          <span>New password (12 characters or more)</span>
          <input type="password" autocomplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </label>
        <button type="submit" class="btn btn-primary btn-sm" disabled={!current || next.length < 12}>
          Change password
        </button>
      </form>
    </main>
  );
}
