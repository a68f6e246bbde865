import { useEffect, useState } from "preact/hooks";
import { accountApi, type InviteInfo } from "../api/account-api.ts";
import { describeError } from "../api/api-error.ts";
import type { Session } from "../session/session.ts";
import { Logo } from "./logo.tsx";

export type AccountLink = { kind: "invite" | "reset"; token: string };

/** #/invite/<token> or #/reset/<token>: a single-use link, whether or not someone is logged in. */
export function accountLinkFromHash(): AccountLink | null {
  const match = /^#\/(invite|reset)\/([A-Za-z0-9_-]{16,})$/.exec(location.hash);
  return match ? { kind: match[1] === "invite" ? "invite" : "reset", token: match[2] ?? "" } : null;
}

/** Joining a workspace from an invitation, or setting a new password from a reset link; both end logged in. */
export function LinkScreen({ link, session }: { link: AccountLink; session: Session }) {
  const [invite, setInvite] = useState<InviteInfo | null>(null);
  const [resetEmail, setResetEmail] = useState<string | null>(null);
  const [dead, setDead] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const lookup = link.kind === "invite" ? accountApi.lookupInvite(link.token).then(setInvite) : accountApi.lookupReset(link.token).then((r) => setResetEmail(r.email));
    lookup.catch((failure: unknown) => setDead(describeError(failure)));
  }, [link.token]);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (link.kind === "invite") await accountApi.acceptInvite(link.token, password, invite?.hasAccount ? undefined : name.trim());
      else await accountApi.useReset(link.token, password);
      location.hash = "#/";
      await session.refresh();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };
  const newAccount = link.kind === "invite" && invite && !invite.hasAccount;
  return (
    <main class="login">
      <form class="login-card" onSubmit={submit} data-testid="link-screen" data-kind={link.kind}>
        <div class="login-brand">
          <Logo size={36} />
          <div>
            <h1>{link.kind === "invite" ? (invite ? `Join ${invite.workspaceName}` : "Invitation") : "Set a new password"}</h1>
            <p>{invite ? `${invite.email} · ${invite.role}` : (resetEmail ?? "")}</p>
          </div>
        </div>
        {dead ? (
          <p class="notice notice-error" role="alert" data-testid="link-dead">
            {dead}
          </p>
        ) : (
          <>
            {error && (
              <p class="notice notice-error" role="alert" data-testid="link-error">
                {error}
              </p>
            )}
            {newAccount && (
              <label class="field">
                <span>Your name</span>
                <input value={name} onInput={(e) => setName(e.currentTarget.value)} autocomplete="name" data-testid="link-name" />
              </label>
            )}
            <label class="field">
              <span>{invite?.hasAccount ? "Your password" : "New password (12 characters or more)"}</span>
              <input
                type="password"
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
                autocomplete={invite?.hasAccount ? "current-password" : "new-password"}
                data-testid="link-password"
              />
            </label>
            <button type="submit" class="btn btn-primary btn-block" disabled={busy || !password || (!invite && !resetEmail)} data-testid="link-submit">
              {link.kind === "invite" ? "Join workspace" : "Save password and log in"}
            </button>
          </>
        )}
        <a class="btn btn-ghost btn-block" href="#/">
          Back to the console
        </a>
      </form>
    </main>
  );
}
