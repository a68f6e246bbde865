import { useState } from "preact/hooks";
import { describeError } from "../api/api-error.ts";
import type { Session } from "../session/session.ts";
import { Logo } from "./logo.tsx";

/** Email and password; tells the agent why they are here when a session ended. */
export function LoginScreen({ session, notice }: { session: Session; notice: string | null }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await session.login(email.trim(), password);
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <main class="login">
      <form class="login-card" onSubmit={submit} data-testid="login-form" noValidate={false}>
        <div class="login-brand">
          <Logo size={36} />
          <div>
            <h1>Baton</h1>
            <p>Agent console</p>
          </div>
        </div>
        {notice && !error && (
          <p class="notice notice-info" data-testid="login-notice" role="status">
            {notice}
          </p>
        )}
        {error && (
          <p class="notice notice-error" data-testid="login-error" role="alert">
            {error}
          </p>
        )}
        <label class="field">
          <span>Email</span>
          <input
            type="email"
            name="email"
            autocomplete="username"
            required
            autoFocus
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
            data-testid="login-email"
          />
        </label>
        <label class="field">
          <span>Password</span>
          <input
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            data-testid="login-password"
          />
        </label>
        <button type="submit" class="btn btn-primary btn-block" disabled={busy} data-testid="login-submit">
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
