import { useState } from "preact/hooks";
import { teamApi, type Assignment, type RoutingDefaults } from "../api/team-api.ts";
import { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";
import { SaveNotice } from "./save-notice.tsx";
import { useSave } from "./use-save.ts";

/** The workspace's defaults: how many conversations an agent takes at once, and how the everyone-team assigns. */
export function RoutingDefaultsCard({ defaults, onSaved }: { defaults: RoutingDefaults; onSaved: () => Promise<void> }) {
  const [capacity, setCapacity] = useState(String(defaults.defaultCapacity));
  const [assignment, setAssignment] = useState<Assignment>(defaults.allAssignment);
  const save = useSave();
  const issues = new FieldIssues(save.error);
  const submit = (event: Event) => {
    event.preventDefault();
    void save.run(async () => {
      await teamApi.setDefaults({ defaultCapacity: Number(capacity), allAssignment: assignment });
      await onSaved();
    });
  };
  return (
    <form class="admin-card" onSubmit={submit} data-testid="routing-defaults">
      <h3>Workspace defaults</h3>
      <SaveNotice save={save} issues={issues} saved="Saved." testId="routing-defaults" />
      <Labelled label="Conversations per agent at once" hint="Unless set per member below (1–50)." error={issues.at("defaultCapacity")}>
        <input type="number" min={1} max={50} value={capacity} onInput={(e) => (setCapacity(e.currentTarget.value), save.touched())} data-testid="routing-default-capacity" />
      </Labelled>
      <Labelled label="Everyone (handoffs no rule sends elsewhere)" error={issues.at("allAssignment")}>
        <select value={assignment} onChange={(e) => (setAssignment(e.currentTarget.value === "auto" ? "auto" : "manual"), save.touched())} data-testid="routing-all-assignment">
          <option value="manual">Manual: claim from the queue</option>
          <option value="auto">Auto-assign to the least busy</option>
        </select>
      </Labelled>
      <button type="submit" class="btn btn-primary btn-sm" disabled={save.busy} data-testid="routing-defaults-save">
        Save defaults
      </button>
    </form>
  );
}
