import { useEffect, useState } from "preact/hooks";
import type { MemberRole } from "../api/agent-api.ts";
import { adminApi, type Invite, type Member } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { formatTime } from "../lib/format.ts";
import { InviteForm } from "./invite-form.tsx";
import { LinkToCopy } from "./link-to-copy.tsx";

/** Admins manage agents; owners manage everyone (the server decides; this only offers what it would allow). */
function mayManage(actor: MemberRole, target: MemberRole): boolean {
  return actor === "owner" || (actor === "admin" && target === "agent");
}

interface Props {
  myId: string;
  myRole: MemberRole;
}

/** Who works in this workspace, with what role; invitations; deactivation; password-reset links. */
export function MembersPanel({ myId, myRole }: Props) {
  const [members, setMembers] = useState<Member[]>([]);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ label: string; url: string } | null>(null);
  const reload = async () => {
    try {
      const [m, i] = await Promise.all([adminApi.members(), adminApi.invites()]);
      setMembers(m);
      setInvites(i);
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  useEffect(() => void reload(), []);
  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
    } catch (failure) {
      setError(describeError(failure));
    }
    await reload();
  };
  const roles: MemberRole[] = myRole === "owner" ? ["owner", "admin", "agent"] : ["agent"];
  return (
    <div class="admin-split admin-split-wide">
      <div class="admin-main">
        {error && (
          <p class="notice notice-error" role="alert" data-testid="members-error">
            {error}
          </p>
        )}
        <table class="admin-table" data-testid="member-list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Last login</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const manageable = m.agentId !== myId && mayManage(myRole, m.role);
              return (
                <tr key={m.agentId} class={m.active ? "" : "is-inactive"} data-testid="member-row" data-email={m.email} data-active={String(m.active)}>
                  <td>
                    <strong>{m.name}</strong>
                    <small class="muted">{m.email}</small>
                  </td>
                  <td>
                    {manageable ? (
                      <select value={m.role} onChange={(e) => void act(() => adminApi.updateMember(m.agentId, { role: e.currentTarget.value as MemberRole }))} aria-label={`Role of ${m.name}`} data-testid="member-role">
                        {roles.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span class="role-badge">{m.role}</span>
                    )}
                  </td>
                  <td class="muted">{m.lastLoginAt ? formatTime(m.lastLoginAt) : "never"}</td>
                  <td>
                    <div class="admin-row">
                    {manageable && m.active && (
                      <button
                        type="button"
                        class="btn btn-danger btn-xs"
                        onClick={() => confirm(`Deactivate ${m.name}? Their sessions close at once and their conversations go back to the queue.`) && void act(() => adminApi.updateMember(m.agentId, { active: false }))}
                        data-testid="member-deactivate"
                      >
                        Deactivate
                      </button>
                    )}
                    {manageable && !m.active && (
                      <button type="button" class="btn btn-secondary btn-xs" onClick={() => void act(() => adminApi.updateMember(m.agentId, { active: true }))} data-testid="member-reactivate">
                        Reactivate
                      </button>
                    )}
                    {manageable && m.active && (
                      <button
                        type="button"
                        class="btn btn-ghost btn-xs"
                        onClick={() => void act(async () => setLink({ label: `Password-reset link for ${m.name} (valid 24 hours, once)`, url: (await adminApi.resetLink(m.agentId)).url }))}
                        data-testid="member-reset"
                      >
                        Reset password
                      </button>
                    )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {link && <LinkToCopy label={link.label} url={link.url} />}
      </div>
      <aside class="admin-side">
        <InviteForm roles={roles} onInvited={(email, url) => void reload().then(() => setLink({ label: `Invitation for ${email} (valid 7 days, once). Send it to them.`, url }))} />
        {invites.length > 0 && (
          <div class="admin-card" data-testid="invite-list">
            <h3>Pending invitations</h3>
            <ul class="admin-plain">
              {invites.map((invite) => (
                <li key={invite.id} class="admin-row">
                  <span>
                    {invite.email} <span class="role-badge">{invite.role}</span>
                    <small class="muted"> until {formatTime(invite.expiresAt)}</small>
                  </span>
                  <button type="button" class="btn btn-ghost btn-xs" onClick={() => void act(() => adminApi.revokeInvite(invite.id))}>
                    Revoke
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </aside>
    </div>
  );
}
