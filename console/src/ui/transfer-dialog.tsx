import { useEffect, useState } from "preact/hooks";
import { adminApi, type Member } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { teamApi, type Team } from "../api/team-api.ts";
import type { ConversationClient } from "../conversation/conversation-client.ts";
import type { TransferTarget } from "../conversation/transfer-state.ts";
import { useObservable } from "../lib/use-observable.ts";
import { Modal } from "./modal.tsx";

interface Props {
  client: ConversationClient;
  myId: string;
  onClose: () => void;
}

const EVERYONE: Pick<Team, "id" | "name"> = { id: "all", name: "Everyone" };

/**
 * Hands the conversation on: to a team's queue (its briefing travels) or
 * straight to a teammate with room, with a private note for them. The
 * visitor is told. Refusals (over capacity, no such team) show here.
 */
export function TransferDialog({ client, myId, onClose }: Props) {
  useObservable(client);
  const [kind, setKind] = useState<"team" | "agent">("team");
  const [teams, setTeams] = useState<Pick<Team, "id" | "name">[]>([]);
  const [members, setMembers] = useState<Member[]>([]);
  const [teamId, setTeamId] = useState("");
  const [agentId, setAgentId] = useState("");
  const [note, setNote] = useState("");
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([teamApi.list(), adminApi.members()]).then(
      ([t, m]) => {
        const all = [...t.teams, EVERYONE];
        const others = m.filter((x) => x.active && x.agentId !== myId);
        setTeams(all);
        setMembers(others);
        setTeamId(all[0]?.id ?? "");
        setAgentId(others[0]?.agentId ?? "");
      },
      (error: unknown) => setLoadError(describeError(error)),
    );
    // A dialog left from an earlier try starts clean.
    client.cancelTransfer();
  }, [client, myId]);

  const status = client.transfer.current;
  const sending = status?.phase === "sending";
  const target: { to: TransferTarget; label: string } | null =
    kind === "team"
      ? teamId
        ? { to: { kind: "team", teamId }, label: `the ${teams.find((t) => t.id === teamId)?.name ?? teamId} team` }
        : null
      : agentId
        ? { to: { kind: "agent", agentId }, label: members.find((m) => m.agentId === agentId)?.name ?? "a teammate" }
        : null;
  const submit = (event: Event) => {
    event.preventDefault();
    if (target && !sending) client.moveTo(target.to, note.trim(), target.label);
  };
  const close = () => {
    client.cancelTransfer();
    onClose();
  };

  return (
    <Modal title="Transfer conversation" onClose={close} testId="transfer-dialog">
      <form class="dialog-form" onSubmit={submit}>
        <div class="segmented" role="radiogroup" aria-label="Transfer to">
          <label class={kind === "team" ? "is-active" : ""}>
            <input type="radio" name="transfer-kind" checked={kind === "team"} onChange={() => setKind("team")} data-testid="transfer-kind-team" /> A team
          </label>
          <label class={kind === "agent" ? "is-active" : ""}>
            <input type="radio" name="transfer-kind" checked={kind === "agent"} onChange={() => setKind("agent")} data-testid="transfer-kind-agent" /> A teammate
          </label>
        </div>
        {kind === "team" ? (
          <label class="field admin-field">
            <span>Team</span>
            <select value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)} data-testid="transfer-team">
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <small class="muted">It waits in that team's queue (or is offered to its least busy teammate), at its place by priority.</small>
          </label>
        ) : (
          <label class="field admin-field">
            <span>Teammate</span>
            <select value={agentId} onChange={(e) => setAgentId(e.currentTarget.value)} data-testid="transfer-agent">
              {members.length === 0 && <option value="">Nobody else in this workspace</option>}
              {members.map((m) => (
                <option key={m.agentId} value={m.agentId}>
                  {m.name} ({m.email})
                </option>
              ))}
            </select>
            <small class="muted">Theirs at once, if they have a free slot.</small>
          </label>
        )}
        <label class="field admin-field">
          <span>Private note for them</span>
          <textarea rows={3} value={note} maxLength={4000} onInput={(e) => setNote(e.currentTarget.value)} placeholder="What they should know; the visitor never sees it." data-testid="transfer-note" />
        </label>
        {loadError && <p class="text-bad">{loadError}</p>}
        {status?.phase === "failed" && (
          <p class="notice notice-error" role="alert" data-testid="transfer-error">
            Not transferred: {status.error}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="btn btn-ghost" onClick={close} data-testid="transfer-cancel">
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={!target || sending} data-testid="transfer-submit">
            {sending ? "Transferring…" : "Transfer"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
