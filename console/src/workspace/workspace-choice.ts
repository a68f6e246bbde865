import type { MyWorkspace } from "../api/agent-api.ts";

const KEY = "baton.console.workspace";

/** The workspace to open: the one last used in this browser if the agent still belongs to it, else the first. */
export function chooseWorkspace(workspaces: MyWorkspace[]): MyWorkspace | null {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(KEY);
  } catch {
    // Storage blocked: the first workspace it is.
  }
  return workspaces.find((w) => w.id === remembered) ?? workspaces[0] ?? null;
}

export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // see chooseWorkspace
  }
}
