/**
 * The console's root: loading → login → console, driven by the session.
 *
 * Stable data-testid attributes (tests rely on these; keep them):
 *   app-loading                 first session check in progress
 *   login-form, login-email, login-password, login-submit
 *   login-error                 wrong credentials / API error on the form
 *   login-notice                why you are on the login screen (session expired, logged out)
 *   top-bar, agent-name, agents-online, connection-status (data-status = connecting|online|reconnecting|offline)
 *   settings-button, settings-menu, setting-sound, setting-title-blink, setting-queue-alerts, logout
 *   queue-list, queue-empty, queue-item (data-conversation-id, data-claiming), queue-reason, queue-wait, claim-button
 *   mine-list, mine-empty, mine-item (data-conversation-id, data-active, data-state), unread-badge, mine-close
 *   conversation-empty          nothing selected
 *   conversation-view (data-conversation-id, data-state, data-mine), conversation-status (data-status), conversation-error
 *   briefing (the briefing panel), briefing-reason, briefing-first-question, briefing-page
 *   transcript, message (data-role, data-seq; data-pending="true" for unacknowledged replies), ai-meta, ai-confidence, ai-citation
 *   ai-draft                    an AI answer still streaming
 *   typing-indicator            "Visitor is typing…"
 *   reply-input, send-button, resolve-button, hand-back-button, view-claim-button, close-conversation
 *   reply-retry, reply-discard  on a reply the server refused
 *   toast (data-tone)
 */
import { useObservable } from "../lib/use-observable.ts";
import type { Settings } from "../notify/settings.ts";
import type { Session } from "../session/session.ts";
import { ConsoleScreen } from "./console-screen.tsx";
import { LoginScreen } from "./login-screen.tsx";

export function App({ session, settings }: { session: Session; settings: Settings }) {
  useObservable(session);
  const state = session.state;
  if (state.phase === "checking") {
    return (
      <div class="splash" data-testid="app-loading" aria-busy="true">
        <div class="spinner" aria-hidden="true" />
        <span>Connecting to Baton…</span>
      </div>
    );
  }
  if (state.phase === "out") return <LoginScreen session={session} notice={state.notice} />;
  // Keyed by agent: a different login gets a fresh workspace, never the previous agent's sockets.
  return <ConsoleScreen key={state.agent.id} agent={state.agent} session={session} settings={settings} />;
}
