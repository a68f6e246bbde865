import { useEffect, useState } from "preact/hooks";
import type { AgentProfile, MyWorkspace } from "../api/agent-api.ts";
import { AdminScreen } from "../admin/admin-screen.tsx";
import { FollowupPanel } from "../followup/followup-panel.tsx";
import { HistoryScreen } from "../history/history-screen.tsx";
import { KbScreen } from "../kb/kb-screen.tsx";
import { useHashView } from "../lib/use-hash-view.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { Settings } from "../notify/settings.ts";
import type { Session } from "../session/session.ts";
import { ReportsTab } from "../reports/reports-tab.tsx";
import { Workspace } from "../workspace/workspace.ts";
import { ConversationView } from "./conversation-view.tsx";
import { EmptyConversation } from "./empty-conversation.tsx";
import { MinePanel } from "./mine-panel.tsx";
import { OfferStack } from "./offer-stack.tsx";
import { ProfileScreen } from "./profile-screen.tsx";
import { QueuePanel } from "./queue-panel.tsx";
import { ToastStack } from "./toast-stack.tsx";
import { TopBar } from "./top-bar.tsx";

interface Props {
  agent: AgentProfile;
  /** The workspace on screen, and every one the agent may switch to. */
  workspace: MyWorkspace;
  workspaces: MyWorkspace[];
  session: Session;
  settings: Settings;
}

/**
 * The logged-in layout: top bar, then the inbox (left column with mine,
 * the queues by team and follow-ups; the open conversation), the knowledge base, or the history. The
 * workspace lives across all, so sockets and alerts keep running elsewhere.
 */
export function ConsoleScreen({ agent, workspace: current, workspaces, session, settings }: Props) {
  const [workspace] = useState(() => new Workspace({ id: agent.id, name: agent.name }, session, settings));
  useEffect(() => {
    workspace.start();
    return () => workspace.dispose();
  }, [workspace]);
  useObservable(workspace);
  const [asked, setView] = useHashView();
  // Settings are for admins and owners; anyone else who lands on #/admin sees the inbox.
  const view = asked === "admin" && current.role === "agent" ? "inbox" : asked;
  // Mounted on first visit, then only hidden: an article being edited survives a look at the inbox.
  const [kbVisited, setKbVisited] = useState(view === "kb");
  if (view === "kb" && !kbVisited) setKbVisited(true);

  return (
    <div class="console">
      <TopBar
        agent={agent}
        presence={workspace.presence}
        workspace={current}
        workspaces={workspaces}
        queue={workspace.queue}
        session={session}
        settings={settings}
        view={view}
        onView={setView}
      />
      {view === "inbox" && <Inbox workspace={workspace} />}
      {kbVisited && <KbScreen visible={view === "kb"} canEdit={current.role !== "agent"} />}
      {view === "history" && <HistoryScreen myName={agent.name} />}
      {view === "reports" && <ReportsTab myName={agent.name} />}
      {view === "admin" && <AdminScreen myId={agent.id} workspace={current} onWorkspaceChanged={() => void session.refresh()} onCannedChanged={() => workspace.canned.invalidate()} />}
      {view === "profile" && <ProfileScreen agent={agent} session={session} />}
      {/* One column at the top centre: clear of the header's actions, the reply box and the newest messages. */}
      <div class="overlay-stack">
        <OfferStack workspace={workspace} />
        <ToastStack toasts={workspace.toasts} />
      </div>
    </div>
  );
}

function Inbox({ workspace }: { workspace: Workspace }) {
  const active = workspace.active;
  return (
    <>
      <aside class="sidebar">
        <MinePanel workspace={workspace} />
        <QueuePanel workspace={workspace} />
        <FollowupPanel workspace={workspace} />
      </aside>
      <main class="main">
        {active ? (
          <ConversationView key={active.id} client={active} workspace={workspace} />
        ) : (
          <EmptyConversation queue={workspace.queue} />
        )}
      </main>
    </>
  );
}
