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
 *   queue-list, queue-empty, queue-item (data-conversation-id, data-team-id, data-claiming), queue-reason, queue-wait, claim-button
 *   queue-kind (data-kind = asked|upset|unsure|policy), queue-sentiment (data-sentiment), queue-position (data-position),
 *   queue-alert (data-level; grows with each re-alert)
 *   queue-group (data-team-id, data-count; only when the agent is in more than one team), queue-team-head,
 *   queue-team-assignment (data-assignment = manual|auto), queue-team-load ("2 online · 3 free")
 *   status-switch (data-status), status-select, my-load, away-notice (data-status = away|offline), go-online
 *   offer-toast (data-conversation-id), offer-question, offer-reason, offer-countdown (data-seconds), offer-accept, offer-decline
 *   followup-list, followup-item (data-conversation-id), followup-who, followup-take, followup-empty, followup-error, followup-refresh
 *   mine-list, mine-empty, mine-item (data-conversation-id, data-active, data-state), unread-badge, mine-close
 *   conversation-empty          nothing selected
 *   conversation-view (data-conversation-id, data-state, data-mine), conversation-status (data-status), conversation-error
 *   inbox-nav, kb-nav           top-bar tabs: the inbox, the knowledge base (#/kb)
 *   queue-summary               the briefing's one line on a queue item, when there is one
 *   briefing (data-source = queue|extractive|llm), briefing-toggle, briefing-source, briefing-reason,
 *   briefing-first-question, briefing-page   (the last three also before the server's briefing arrives)
 *   briefing-summary, briefing-wants, briefing-facts (briefing-fact chips), briefing-opening (textarea),
 *   briefing-copy-opening, briefing-use-opening, and the folding sections briefing-triggers (briefing-trigger,
 *   data-signal), briefing-ai-tried (briefing-attempt), briefing-sentiment, briefing-visitor,
 *   briefing-previous (briefing-previous-item); folded sections keep their content in the DOM, hidden
 *   transcript, message (data-role, data-seq; data-pending="true" for unacknowledged replies), ai-meta, ai-confidence, ai-citation
 *   ai-draft                    an AI answer still streaming
 *   typing-indicator            "Visitor is typing…"
 *   reply-input, send-button, resolve-button, hand-back-button, view-claim-button, close-conversation
 *   reply-retry, reply-discard  on a reply the server refused
 *   composer (data-mode = reply|note), composer-mode-reply, composer-mode-note, note-hint, email-hint,
 *   readonly-note               "Add a private note" where you may not reply (opens a note-only composer)
 *   note-label                  on a private note in the transcript (message data-role="note")
 *   canned-picker, canned-option (data-shortcut, aria-selected), canned-empty   "/" in the reply box
 *   transfer-button, transfer-dialog, transfer-kind-team, transfer-kind-agent, transfer-team, transfer-agent,
 *   transfer-note, transfer-submit, transfer-cancel, transfer-error
 *   toast (data-tone)
 *   Settings (admins): admin-tab-routing, admin-tab-teams, admin-tab-canned;
 *   routing-site, routing-editor (data-site-id), routing-rules, routing-rule (data-index), rule-team,
 *   rule-trigger-<signal>, rule-topics, rule-tiers, rule-remove, rule-add, routing-fallback, routing-unanswered,
 *   routing-tier-order, routing-ai-while-waiting, hours-editor, hours-enabled, hours-timezone, hours-day (data-day),
 *   hours-span, span-from, span-to, span-remove, span-add, hours-holidays, routing-save, routing-saved, routing-error;
 *   team-list, team-item (data-team-id), team-new, team-editor (data-team-id), team-name, team-id, team-assignment,
 *   team-offer-seconds, team-member (data-agent-id), team-save, team-delete, team-saved, team-error;
 *   routing-defaults, routing-default-capacity, routing-all-assignment, routing-defaults-save (-saved, -error);
 *   capacity-card, capacity-row (data-agent-id), capacity-input, capacity-error;
 *   canned-list, canned-item (data-shortcut), canned-new, canned-editor (data-canned-id), canned-shortcut,
 *   canned-title, canned-text, canned-placeholder (data-placeholder), canned-preview, canned-save, canned-delete,
 *   canned-saved, canned-error
 *   kb-screen, kb-error (banner), kb-site-picker (select; disabled with one site), kb-filter, kb-new,
 *   kb-article-list, kb-article-item (data-article-id), kb-empty, kb-editor, kb-status,
 *   kb-title, kb-url, kb-tags, kb-body, kb-field-error (data-field = title|url|tags|body|urls),
 *   kb-write-tab, kb-preview-tab, kb-preview, kb-save, kb-delete (asks window.confirm),
 *   kb-import-folder (webkitdirectory input), kb-import-files (plain multi-file input),
 *   kb-import-urls, kb-import-urls-submit, kb-import-results (kb-import-result, data-ok),
 *   kb-reindex, kb-reindex-result, kb-try-input, kb-try-submit, kb-try-answer
 *   (kb-try-confidence, kb-try-citation, kb-try-passage)
 */
import { useEffect, useState } from "preact/hooks";
import { useObservable } from "../lib/use-observable.ts";
import type { Settings } from "../notify/settings.ts";
import type { Session } from "../session/session.ts";
import { setCurrentWorkspace } from "../api/workspace-path.ts";
import { chooseWorkspace } from "../workspace/workspace-choice.ts";
import { ConsoleScreen } from "./console-screen.tsx";
import { NoWorkspace } from "./no-workspace.tsx";
import { accountLinkFromHash, LinkScreen } from "./link-screen.tsx";
import { LoginScreen } from "./login-screen.tsx";

export function App({ session, settings }: { session: Session; settings: Settings }) {
  useObservable(session);
  const [, bump] = useState(0);
  useEffect(() => {
    const onHash = () => bump((n) => n + 1);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  // An invitation or reset link works whether or not someone is logged in here.
  const link = accountLinkFromHash();
  if (link) return <LinkScreen link={link} session={session} />;
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
  const { agent, workspaces } = state.me;
  const chosen = chooseWorkspace(workspaces);
  if (!chosen) return <NoWorkspace session={session} />;
  // Set before any child opens a socket or calls the API; switching remounts everything below.
  setCurrentWorkspace(chosen.id);
  // Keyed by agent and workspace: another login or workspace gets fresh state, never the previous one's sockets.
  return <ConsoleScreen key={`${agent.id}:${chosen.id}`} agent={agent} workspace={chosen} workspaces={workspaces} session={session} settings={settings} />;
}
