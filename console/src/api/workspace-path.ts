/**
 * Every workspace-scoped call goes under /api/agent/workspaces/:id (and
 * /ws/agent/workspaces/:id for sockets). The console works in one workspace
 * at a time; switching remounts everything, so one current id suffices.
 */
let current = "";

export function setCurrentWorkspace(id: string): void {
  current = id;
}

export function currentWorkspace(): string {
  return current;
}

export function apiPath(rest: string): string {
  return `/api/agent/workspaces/${encodeURIComponent(current)}${rest}`;
}

export function socketPath(rest: string): string {
  return `/ws/agent/workspaces/${encodeURIComponent(current)}${rest}`;
}
