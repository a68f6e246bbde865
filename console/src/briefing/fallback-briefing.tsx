import type { ComponentChildren } from "preact";
import { Linkified } from "../lib/linkify.tsx";
import type { QueueFacts } from "./briefing.ts";
import { PageDetails } from "./page-details.tsx";

/** Before the server's briefing arrives (or for a conversation never handed off): what the queue knows. */
export function FallbackBriefing({ facts }: { facts: QueueFacts }) {
  return (
    <div class="briefing-grid">
      <Field label="Why it was handed off" testId="briefing-reason">
        {facts.reason ?? <span class="muted">Not handed off yet</span>}
      </Field>
      <Field label="First question" testId="briefing-first-question">
        {facts.firstQuestion ? <Linkified text={facts.firstQuestion} /> : <span class="muted">No question yet</span>}
      </Field>
      <Field label="Visitor's page" testId="briefing-page">
        <PageDetails page={facts.page} />
      </Field>
    </div>
  );
}

function Field({ label, testId, children }: { label: string; testId: string; children: ComponentChildren }) {
  return (
    <div class="briefing-field" data-testid={testId}>
      <span class="briefing-label">{label}</span>
      <div class="briefing-value">{children}</div>
    </div>
  );
}
