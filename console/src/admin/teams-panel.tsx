import { useState } from "preact/hooks";
import { CapacityCard } from "./capacity-card.tsx";
import { RoutingDefaultsCard } from "./routing-defaults-card.tsx";
import { TeamEditor } from "./team-editor.tsx";
import { useTeams } from "./use-teams.ts";

const NEW = "__new__";

/**
 * Who takes which handoffs: the teams (members, manual or auto-assign, the
 * offer deadline), the everyone-team's mode and the default capacity, and
 * capacity per member. A site's rules (Routing & hours) send handoffs to a team.
 */
export function TeamsPanel() {
  const state = useTeams();
  const [selected, setSelected] = useState<string | null>(null);
  const current = selected === NEW ? null : (state.teams.find((t) => t.id === selected) ?? state.teams[0] ?? null);
  const creating = selected === NEW || (!state.loading && state.teams.length === 0);
  return (
    <div class="admin-split admin-split-wide">
      <div class="admin-main">
        {state.error && <p class="notice notice-error">{state.error}</p>}
        <div class="admin-split">
          <aside class="admin-list" aria-label="Teams">
            <ul data-testid="team-list">
              {state.teams.map((team) => (
                <li key={team.id}>
                  <button type="button" class={`admin-item ${!creating && team.id === current?.id ? "is-active" : ""}`} onClick={() => setSelected(team.id)} data-testid="team-item" data-team-id={team.id}>
                    <strong>{team.name}</strong>
                    <small class="muted">
                      {team.assignment === "auto" ? "auto-assign" : "manual"} · {team.members.length} member{team.members.length === 1 ? "" : "s"}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
            {state.loading && <p class="muted">Loading teams…</p>}
            <button type="button" class={`admin-item ${creating ? "is-active" : ""}`} onClick={() => setSelected(NEW)} data-testid="team-new">
              <strong>+ New team</strong>
              <small class="muted">Everyone is always in “Everyone”</small>
            </button>
          </aside>
          <div class="admin-main">
            {!state.loading && (
            <TeamEditor
              key={creating ? NEW : (current?.id ?? NEW)}
              team={creating ? null : current}
              members={state.members}
              taken={state.teams.map((t) => t.id)}
              onSaved={async (id) => {
                await state.reload();
                setSelected(id);
              }}
            />
            )}
          </div>
        </div>
      </div>
      <aside class="admin-side">
        {state.defaults && <RoutingDefaultsCard key={JSON.stringify(state.defaults)} defaults={state.defaults} onSaved={state.reload} />}
        <CapacityCard members={state.members} defaultCapacity={state.defaults?.defaultCapacity ?? 3} onSaved={state.reload} />
      </aside>
    </div>
  );
}
