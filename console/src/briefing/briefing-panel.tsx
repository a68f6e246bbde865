import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { formatTime, safeHttpUrl, shortUrl } from "../lib/format.ts";
import { Linkified } from "../lib/linkify.tsx";
import type { Briefing } from "./briefing.ts";

interface Props {
  briefing: Briefing;
  /** Puts the suggested opening line into the reply box. */
  onUseOpening?: (text: string) => void;
}

/**
 * The top of the conversation: why the visitor was handed over and what
 * they need, so the agent can answer without scrolling the transcript.
 */
export function BriefingPanel({ briefing, onUseOpening }: Props) {
  const [open, setOpen] = useState(true);
  const pageUrl = safeHttpUrl(briefing.page?.url);
  return (
    <section class={`briefing ${open ? "" : "is-collapsed"}`} data-testid="briefing" aria-label="Briefing">
      <header class="briefing-head">
        <h3>Briefing</h3>
        {briefing.queuedAt && <span class="muted">Handed off at {formatTime(briefing.queuedAt)}</span>}
        <button type="button" class="btn btn-ghost btn-xs" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? "Hide" : "Show"}
        </button>
      </header>
      {open && (
        <div class="briefing-grid">
          {briefing.summary && <Field label="Summary" wide>{briefing.summary}</Field>}
          <Field label="Why it was handed off" testId="briefing-reason">
            {briefing.reason ?? <span class="muted">Not handed off yet</span>}
          </Field>
          <Field label="First question" testId="briefing-first-question">
            {briefing.firstQuestion ? <Linkified text={briefing.firstQuestion} /> : <span class="muted">No question yet</span>}
          </Field>
          <Field label="Visitor's page" testId="briefing-page">
            {briefing.page ? (
              <>
                <span class="page-title">{briefing.page.title || "Untitled page"}</span>
                {pageUrl ? (
                  <a href={pageUrl} target="_blank" rel="noopener noreferrer" class="page-url">
                    {shortUrl(briefing.page.url)}
                  </a>
                ) : (
                  <span class="page-url">{briefing.page.url}</span>
                )}
                {briefing.page.referrer && <span class="muted page-url">from {shortUrl(briefing.page.referrer)}</span>}
              </>
            ) : (
              <span class="muted">Unknown</span>
            )}
          </Field>
          {briefing.visitorWants && <Field label="What the visitor wants">{briefing.visitorWants}</Field>}
          {briefing.aiTried && briefing.aiTried.length > 0 && (
            <Field label="What the AI tried">
              <ul class="plain">{briefing.aiTried.map((item) => <li key={item}>{item}</li>)}</ul>
            </Field>
          )}
          {briefing.triggers && briefing.triggers.length > 0 && (
            <Field label="Triggers">
              <ul class="plain">
                {briefing.triggers.map((t) => (
                  <li key={t.label}>
                    <strong>{t.label}</strong> — “{t.evidence}”
                  </li>
                ))}
              </ul>
            </Field>
          )}
          {briefing.sentimentTrend && <Field label="Sentiment">{briefing.sentimentTrend}</Field>}
          {briefing.suggestedOpening && (
            <Field label="Suggested opening" wide>
              <span class="opening">“{briefing.suggestedOpening}”</span>
              {onUseOpening && (
                <button type="button" class="btn btn-secondary btn-xs" onClick={() => onUseOpening(briefing.suggestedOpening ?? "")}>
                  Use
                </button>
              )}
            </Field>
          )}
        </div>
      )}
    </section>
  );
}

function Field({ label, testId, wide, children }: { label: string; testId?: string; wide?: boolean; children: ComponentChildren }) {
  return (
    <div class={`briefing-field ${wide ? "is-wide" : ""}`} data-testid={testId}>
      <span class="briefing-label">{label}</span>
      <div class="briefing-value">{children}</div>
    </div>
  );
}
