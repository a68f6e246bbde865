import { useState } from "preact/hooks";
import type { Member } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { teamApi } from "../api/team-api.ts";

interface Props {
  members: Member[];
  defaultCapacity: number;
  onSaved: () => Promise<void>;
}

/** Capacity per member: blank means the workspace's default. Saved when the field is left or Enter is pressed. */
export function CapacityCard({ members, defaultCapacity, onSaved }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const store = async (member: Member, raw: string) => {
    const capacity = raw.trim() === "" ? null : Number(raw);
    if (capacity === member.capacity) return;
    setError(null);
    try {
      await teamApi.setCapacity(member.agentId, capacity);
      setSavedFor(member.agentId);
      await onSaved();
    } catch (failure) {
      setError(`${member.name}: ${describeError(failure)}`);
    }
  };
  return (
    <div class="admin-card" data-testid="capacity-card">
      <h3>Capacity per member</h3>
      <p class="muted">Conversations each takes at once; blank: the default ({defaultCapacity}). Shown to them as “2 / 3”.</p>
      {error && (
        <p class="text-bad" role="alert" data-testid="capacity-error">
          {error}
        </p>
      )}
      <table class="admin-table">
        <tbody>
          {members.map((m) => (
            <tr key={`${m.agentId}:${m.capacity ?? ""}`} data-testid="capacity-row" data-agent-id={m.agentId}>
              <td>
                <strong>{m.name}</strong>
                <small class="muted">{m.email}</small>
              </td>
              <td class="capacity-cell">
                <input
                  type="number"
                  min={1}
                  max={50}
                  defaultValue={m.capacity === null ? "" : String(m.capacity)}
                  placeholder={String(defaultCapacity)}
                  aria-label={`Capacity of ${m.name}`}
                  onChange={(e) => void store(m, e.currentTarget.value)}
                  data-testid="capacity-input"
                />
                {savedFor === m.agentId && <small class="tone-ok">saved</small>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
