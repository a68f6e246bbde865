import { useEffect, useState } from "preact/hooks";
import { adminApi, type AdminSite } from "../api/admin-api.ts";
import type { RoutingSettings } from "../api/routing-settings.ts";
import { teamApi } from "../api/team-api.ts";
import { FieldIssues } from "./field-issues.ts";
import { HoursEditor } from "./hours-editor.tsx";
import { Labelled } from "./labelled.tsx";
import { ListInput } from "./list-input.tsx";
import { RoutingRulesEditor, type TeamChoice } from "./routing-rules-editor.tsx";
import { SaveNotice } from "./save-notice.tsx";
import { SiteScoped } from "./site-scoped.tsx";
import { useSave } from "./use-save.ts";
import type { SitesState } from "./use-sites.ts";

const EVERYONE: TeamChoice = { id: "all", name: "Everyone" };

/** Per site: which team each handoff goes to, the fallback, waiting with the AI, the unanswered deadline, business hours. */
export function RoutingPanel({ sites }: { sites: SitesState }) {
  const [teams, setTeams] = useState<TeamChoice[]>([EVERYONE]);
  useEffect(() => {
    teamApi.list().then((t) => setTeams([...t.teams.map(({ id, name }) => ({ id, name })), EVERYONE]), () => undefined);
  }, []);
  return (
    <SiteScoped sites={sites} testId="routing-site">
      {(site) => <SiteRouting key={site.id} site={site} teams={teams} onSaved={sites.replace} />}
    </SiteScoped>
  );
}

function topicNames(site: AdminSite): string[] {
  const t = site.settings.triggers;
  return [...new Set([...t.criticalTopics, ...t.forcedTopics, ...t.extraCriticalTopics, ...t.extraForcedTopics].map((topic) => topic.name))];
}

function SiteRouting({ site, teams, onSaved }: { site: AdminSite; teams: TeamChoice[]; onSaved: (site: AdminSite) => void }) {
  const [routing, setRouting] = useState<RoutingSettings>(site.settings.routing);
  // Undo remounts the fields: lists being typed keep their own text until left.
  const [round, setRound] = useState(0);
  const save = useSave();
  const issues = new FieldIssues(save.error);
  const set = (patch: Partial<RoutingSettings>) => {
    setRouting({ ...routing, ...patch });
    save.touched();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void save.run(async () => onSaved(await adminApi.updateSite(site.id, { settings: { ...site.settings, routing } })));
  };
  const at = (field: string) => issues.at(`settings.routing.${field}`);
  return (
    <form class="admin-form admin-routing" onSubmit={submit} data-testid="routing-editor" data-site-id={site.id}>
      <SaveNotice save={save} issues={issues} saved="Saved. New handoffs follow it within seconds." testId="routing" />
      <div class="admin-form-part" key={round}>
      <RoutingRulesEditor rules={routing.rules} teams={teams} topics={topicNames(site)} issues={issues} onChange={(rules) => set({ rules })} />
      <div class="admin-card">
        <h3>Waiting</h3>
        <div class="admin-grid">
          <Labelled label="Fallback team" hint="Where a handoff no rule matches goes." error={at("fallbackTeam")}>
            <select value={routing.fallbackTeam ?? "all"} onChange={(e) => set({ fallbackTeam: e.currentTarget.value === "all" ? null : e.currentTarget.value })} data-testid="routing-fallback">
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </Labelled>
          <Labelled label="Release an unanswered conversation after (minutes)" hint="A visitor's message the agent leaves this long goes back to the queue (0.5–240)." error={at("unansweredMinutes")}>
            <input type="number" step={0.5} min={0.5} max={240} value={routing.unansweredMinutes} onInput={(e) => set({ unansweredMinutes: e.currentTarget.valueAsNumber })} data-testid="routing-unanswered" />
          </Labelled>
          <Labelled label="Tiers first, in this order" hint="Verified tiers only (e.g. enterprise, pro); empty: tier does not reorder." error={at("tierOrder")}>
            <ListInput values={routing.tierOrder} onChange={(tierOrder) => set({ tierOrder })} placeholder="enterprise, pro" label="Tier order" testId="routing-tier-order" />
          </Labelled>
        </div>
        <label class="menu-check">
          <input type="checkbox" checked={routing.aiWhileWaiting} onChange={(e) => set({ aiWhileWaiting: e.currentTarget.checked })} data-testid="routing-ai-while-waiting" />
          <span>
            The AI keeps answering while the visitor waits
            <small>Its answers are marked as the AI's; the visitor keeps their place in line.</small>
          </span>
        </label>
      </div>
      <HoursEditor hours={routing.hours} issues={issues} onChange={(hours) => set({ hours })} />
      </div>
      <div class="admin-actions">
        <button type="submit" class="btn btn-primary" disabled={save.busy} data-testid="routing-save">
          {save.busy ? "Saving…" : "Save routing"}
        </button>
        <button type="button" class="btn btn-ghost" onClick={() => (setRouting(site.settings.routing), setRound(round + 1))}>
          Undo changes
        </button>
      </div>
    </form>
  );
}
