import type { MyWorkspace } from "../api/agent-api.ts";
import { rememberWorkspace } from "../workspace/workspace-choice.ts";

interface Props {
  current: MyWorkspace;
  workspaces: MyWorkspace[];
  /** Called after the choice is remembered; the app remounts in the new workspace. */
  onSwitch: () => void;
}

/** Which business the agent is working for, and their role there; a picker when they belong to several. */
export function WorkspaceSwitch({ current, workspaces, onSwitch }: Props) {
  const role = <span class="role-badge" data-testid="my-role">{current.role}</span>;
  if (workspaces.length < 2) {
    return (
      <span class="workspace-name" data-testid="workspace-name" title="Workspace">
        {current.name} {role}
      </span>
    );
  }
  return (
    <span class="workspace-name">
      <select
        aria-label="Workspace"
        value={current.id}
        onChange={(e) => {
          rememberWorkspace(e.currentTarget.value);
          onSwitch();
        }}
        data-testid="workspace-switch"
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      {role}
    </span>
  );
}
