import { useEffect, useState } from "preact/hooks";
import type { MyWorkspace } from "../api/agent-api.ts";
import { AuditPanel } from "./audit-panel.tsx";
import { CannedPanel } from "./canned-panel.tsx";
import { MembersPanel } from "./members-panel.tsx";
import { PolicyPanel } from "./policy-panel.tsx";
import { RoutingPanel } from "./routing-panel.tsx";
import { SitesPanel } from "./sites-panel.tsx";
import { TeamsPanel } from "./teams-panel.tsx";
import { useSites } from "./use-sites.ts";
import { WorkspacePanel } from "./workspace-panel.tsx";

const SECTIONS = [
  { id: "sites", label: "Sites" },
  { id: "policy", label: "Escalation policy" },
  { id: "routing", label: "Routing & hours" },
  { id: "members", label: "Members" },
  { id: "teams", label: "Teams" },
  { id: "canned", label: "Canned responses" },
  { id: "audit", label: "Audit log" },
  { id: "workspace", label: "Workspace" },
] as const;
type Section = (typeof SECTIONS)[number]["id"];

function sectionFromHash(): Section {
  const name = location.hash.split("/")[2] ?? "";
  return SECTIONS.find((s) => s.id === name)?.id ?? "sites";
}

interface Props {
  myId: string;
  workspace: MyWorkspace;
  /** The workspace was renamed or deleted: the session reloads who belongs where. */
  onWorkspaceChanged: () => void;
  /** Canned responses changed: the reply box's picker reads them again. */
  onCannedChanged: () => void;
}

/** Settings for admins and owners: sites and their widget, the escalation policy, routing and hours, members, teams, canned responses, the audit log. */
export function AdminScreen({ myId, workspace, onWorkspaceChanged, onCannedChanged }: Props) {
  const [section, setSection] = useState<Section>(sectionFromHash);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const sites = useSites();
  return (
    <div class="admin" data-testid="admin-screen">
      <nav class="admin-nav" aria-label="Settings">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#/admin/${s.id}`} class={`admin-tab ${s.id === section ? "is-active" : ""}`} aria-current={s.id === section ? "page" : undefined} data-testid={`admin-tab-${s.id}`}>
            {s.label}
          </a>
        ))}
      </nav>
      <section class="admin-body">
        {section === "sites" && <SitesPanel sites={sites} />}
        {section === "policy" && <PolicyPanel sites={sites} />}
        {section === "routing" && <RoutingPanel sites={sites} />}
        {section === "members" && <MembersPanel myId={myId} myRole={workspace.role} />}
        {section === "teams" && <TeamsPanel />}
        {section === "canned" && <CannedPanel onChanged={onCannedChanged} />}
        {section === "audit" && <AuditPanel />}
        {section === "workspace" && <WorkspacePanel workspace={workspace} onChanged={onWorkspaceChanged} />}
      </section>
    </div>
  );
}
