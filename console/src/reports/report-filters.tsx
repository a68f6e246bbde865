import { useEffect, useState } from "preact/hooks";
import { adminApi } from "../api/admin-api.ts";
import { teamApi } from "../api/team-api.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { ReportsStore } from "./reports-store.ts";

interface Choice {
  id: string;
  name: string;
}

interface Choices {
  sites: Choice[];
  teams: Choice[];
  agents: Choice[];
}

/** Every list at once; one that fails leaves its filter at "All" rather than the screen broken. */
async function loadChoices(): Promise<Choices> {
  const [sites, teams, members] = await Promise.all([
    adminApi.sites().catch(() => []),
    teamApi.list().then((t) => t.teams, () => []),
    adminApi.members().catch(() => []),
  ]);
  return {
    sites: sites.map((s) => ({ id: s.id, name: s.name })),
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    agents: members.map((m) => ({ id: m.agentId, name: m.name })),
  };
}

/** Period, site, team, agent, business hours, and day or week buckets; each change reloads the report. */
export function ReportFiltersBar({ store }: { store: ReportsStore }) {
  useObservable(store);
  const [choices, setChoices] = useState<Choices>({ sites: [], teams: [], agents: [] });
  useEffect(() => void loadChoices().then(setChoices), []);
  const f = store.filters;
  return (
    <form class="report-filters" data-testid="report-filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        From
        <input type="date" value={f.fromDate} max={f.toDate} data-testid="report-from" onChange={(e) => store.setFilters({ fromDate: e.currentTarget.value })} />
      </label>
      <label>
        To
        <input type="date" value={f.toDate} min={f.fromDate} data-testid="report-to" onChange={(e) => store.setFilters({ toDate: e.currentTarget.value })} />
      </label>
      <Select label="Site" value={f.siteId} options={choices.sites} testId="report-site" onChange={(siteId) => store.setFilters({ siteId })} />
      <Select label="Team" value={f.teamId} options={choices.teams} testId="report-team" onChange={(teamId) => store.setFilters({ teamId })} />
      <Select label="Agent" value={f.agentId} options={choices.agents} testId="report-agent" onChange={(agentId) => store.setFilters({ agentId })} />
      <label class="report-check">
        <input type="checkbox" checked={f.businessHours} data-testid="report-business-hours" onChange={(e) => store.setFilters({ businessHours: e.currentTarget.checked })} />
        Business hours only
      </label>
      <label>
        By
        <select value={f.bucket} data-testid="report-bucket" onChange={(e) => store.setFilters({ bucket: e.currentTarget.value === "week" ? "week" : "day" })}>
          <option value="day">day</option>
          <option value="week">week</option>
        </select>
      </label>
    </form>
  );
}

function Select({ label, value, options, testId, onChange }: { label: string; value: string; options: Choice[]; testId: string; onChange: (id: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} data-testid={testId} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
