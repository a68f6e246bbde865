import { useState } from "preact/hooks";
import type { Member } from "../api/admin-api.ts";
import { teamApi, type Assignment, type Team } from "../api/team-api.ts";
import { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";
import { SaveNotice } from "./save-notice.tsx";
import { useSave } from "./use-save.ts";

interface Props {
  /** null: a new team. */
  team: Team | null;
  members: Member[];
  /** Ids in use, so a new team's suggested id does not overwrite one. */
  taken: string[];
  onSaved: (id: string | null) => Promise<void>;
}

/** A team id from its name: the server's rule (lowercase letters, digits, - and _). */
function idFrom(name: string, taken: string[]): string {
  const base = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "team";
  let id = base === "all" ? "all-team" : base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** One team: name, id (fixed once saved), manual or auto-assign with its offer deadline, and who is in it. */
export function TeamEditor({ team, members, taken, onSaved }: Props) {
  const [name, setName] = useState(team?.name ?? "");
  const [id, setId] = useState(team?.id ?? "");
  const [assignment, setAssignment] = useState<Assignment>(team?.assignment ?? "manual");
  const [offerSeconds, setOfferSeconds] = useState(String(team?.offerSeconds ?? 30));
  const [chosen, setChosen] = useState<Set<string>>(new Set(team?.members ?? []));
  const save = useSave();
  const issues = new FieldIssues(save.error);
  const teamId = team?.id ?? (id.trim() || idFrom(name, taken));
  const edit = (apply: () => void) => {
    apply();
    save.touched();
  };
  const toggle = (agentId: string, on: boolean) => edit(() => setChosen((now) => new Set([...now].filter((x) => x !== agentId).concat(on ? [agentId] : []))));
  const submit = (event: Event) => {
    event.preventDefault();
    const next: Team = { id: teamId, name: name.trim(), assignment, offerSeconds: Number(offerSeconds), members: [...chosen] };
    void save.run(async () => {
      await teamApi.save(next);
      await onSaved(next.id);
    });
  };
  const remove = () => {
    if (!team || !confirm(`Delete the team “${team.name}”? Rules that name it fall through to the next rule or the fallback.`)) return;
    void save.run(async () => {
      await teamApi.remove(team.id);
      await onSaved(null);
    });
  };
  return (
    <form class="admin-form" onSubmit={submit} data-testid="team-editor" data-team-id={team?.id ?? ""}>
      <div class="admin-head">
        <h2>{team ? team.name : "New team"}</h2>
        <code class="muted">{teamId}</code>
      </div>
      <SaveNotice save={save} issues={issues} saved="Saved. Queues and offers follow it at once." testId="team" />
      <div class="admin-card">
        <div class="admin-grid">
          <Labelled label="Name" error={issues.at("name")}>
            <input value={name} onInput={(e) => edit(() => setName(e.currentTarget.value))} placeholder="Billing" data-testid="team-name" />
          </Labelled>
          {!team && (
            <Labelled label="Id" hint="Used in routing rules; fixed once saved." error={issues.at("teamId")}>
              <input value={id} placeholder={idFrom(name, taken)} onInput={(e) => edit(() => setId(e.currentTarget.value))} data-testid="team-id" />
            </Labelled>
          )}
          <Labelled label="Assignment" error={issues.at("assignment")}>
            <select value={assignment} onChange={(e) => edit(() => setAssignment(e.currentTarget.value === "auto" ? "auto" : "manual"))} data-testid="team-assignment">
              <option value="manual">Manual: teammates claim from the queue</option>
              <option value="auto">Auto-assign: offered to the least busy teammate</option>
            </select>
          </Labelled>
          <Labelled label="Offer deadline (seconds)" hint="Auto-assign: unanswered this long, the offer moves on (5–600)." error={issues.at("offerSeconds")}>
            <input type="number" min={5} max={600} value={offerSeconds} disabled={assignment !== "auto"} onInput={(e) => edit(() => setOfferSeconds(e.currentTarget.value))} data-testid="team-offer-seconds" />
          </Labelled>
        </div>
      </div>
      <div class="admin-card">
        <h3>Members</h3>
        {members.length === 0 && <p class="muted">No active members.</p>}
        {members.map((m) => (
          <label class="menu-check" key={m.agentId}>
            <input type="checkbox" checked={chosen.has(m.agentId)} onChange={(e) => toggle(m.agentId, e.currentTarget.checked)} data-testid="team-member" data-agent-id={m.agentId} />
            <span>
              {m.name} <small>{m.email}</small>
            </span>
          </label>
        ))}
        {issues.at("members") && <span class="field-error">{issues.at("members")}</span>}
      </div>
      <div class="admin-actions">
        <button type="submit" class="btn btn-primary" disabled={save.busy || !name.trim()} data-testid="team-save">
          {save.busy ? "Saving…" : team ? "Save team" : "Create team"}
        </button>
        {team && (
          <button type="button" class="btn btn-danger" onClick={remove} disabled={save.busy} data-testid="team-delete">
            Delete team
          </button>
        )}
      </div>
    </form>
  );
}
