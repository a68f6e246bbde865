import type { AgentProfile, MyWorkspace } from "../api/agent-api.ts";
import type { ConsoleView } from "../lib/use-hash-view.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Settings } from "../notify/settings.ts";
import type { Queues } from "../queue/queues.ts";
import type { Session } from "../session/session.ts";
import { LinkBadge } from "./link-badge.tsx";
import { Logo } from "./logo.tsx";
import { SettingsMenu } from "./settings-menu.tsx";
import type { PresenceFeed } from "../presence/presence-feed.ts";
import { StatusSwitch } from "./status-switch.tsx";
import { ViewNav } from "./view-nav.tsx";
import { WorkspaceSwitch } from "./workspace-switch.tsx";

interface Props {
  agent: AgentProfile;
  presence: PresenceFeed;
  workspace: MyWorkspace;
  workspaces: MyWorkspace[];
  queue: Queues;
  session: Session;
  settings: Settings;
  view: ConsoleView;
  onView: (view: ConsoleView) => void;
}

/** Brand, the screens, team presence, the live link, settings, and who is logged in. */
export function TopBar({ agent, presence, workspace, workspaces, queue, session, settings, view, onView }: Props) {
  useObservable(queue, presence);
  const online = presence.agentsOnline;
  return (
    <header class="topbar" data-testid="top-bar">
      <div class="brand">
        <Logo />
        <span class="brand-name">Baton</span>
        <WorkspaceSwitch current={workspace} workspaces={workspaces} onSwitch={() => void session.refresh()} />
        <ViewNav view={view} queue={queue} role={workspace.role} onView={onView} />
      </div>
      <div class="topbar-right">
        <span class="pill" data-testid="agents-online" title="Agents with the console open">
          <span class="presence-dot" aria-hidden="true" />
          {presence.loaded ? `${online} ${online === 1 ? "agent" : "agents"} online` : "— agents online"}
        </span>
        <StatusSwitch presence={presence} />
        <LinkBadge status={queue.link} testId="connection-status" onRetry={() => queue.reconnectNow()} />
        <SettingsMenu settings={settings} />
        <button type="button" class="who" title={`${agent.email} — your profile`} onClick={() => onView("profile")} data-testid="profile-button">
          <span class="avatar" aria-hidden="true">
            {initials(agent.name)}
          </span>
          <span class="who-name" data-testid="agent-name">
            {agent.name}
          </span>
        </button>
        <button type="button" class="btn btn-ghost btn-sm" onClick={() => void session.logout()} data-testid="logout">
          Log out
        </button>
      </div>
    </header>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}
