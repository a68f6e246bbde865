import { useState } from "preact/hooks";
import type { MemberRole } from "../api/agent-api.ts";
import { adminApi } from "../api/admin-api.ts";
import { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";
import { describeError } from "../api/api-error.ts";

/** Invite someone by email: the server makes a single-use link, shown to copy. */
export function InviteForm({ roles, onInvited }: { roles: MemberRole[]; onInvited: (email: string, url: string) => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MemberRole>("agent");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const issues = new FieldIssues(error);
  const send = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { url } = await adminApi.invite(email.trim(), role);
      onInvited(email.trim(), url);
      setEmail("");
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="admin-card" onSubmit={send} data-testid="invite-form">
      <h3>Invite a teammate</h3>
      <Labelled label="Email" error={issues.at("email")}>
        <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} placeholder="dana@example.com" data-testid="invite-email" />
      </Labelled>
      <Labelled label="Role">
        <select value={role} onChange={(e) => setRole(e.currentTarget.value as MemberRole)} data-testid="invite-role">
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </Labelled>
      {error !== null && issues.count === 0 && <p class="text-bad">{describeError(error)}</p>}
      <button type="submit" class="btn btn-primary btn-sm" disabled={busy || !email.trim()} data-testid="invite-submit">
        Create invitation link
      </button>
    </form>
  );
}
