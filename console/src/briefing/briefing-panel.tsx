import { useState } from "preact/hooks";
import { formatTime } from "../lib/format.ts";
import type { BriefingView } from "./briefing.ts";
import { FallbackBriefing } from "./fallback-briefing.tsx";
import { FullBriefing } from "./full-briefing.tsx";

interface Props {
  view: BriefingView;
  /** Puts the suggested opening line into the reply box; absent when the agent may not reply. */
  onUseOpening?: (text: string) => void;
}

/**
 * The top of the conversation: why the visitor was handed over, what they
 * need and what was already tried, so the agent answers without scrolling
 * the transcript or asking "how can I help?".
 */
export function BriefingPanel({ view, onUseOpening }: Props) {
  const [open, setOpen] = useState(true);
  const { full, facts } = view;
  return (
    <section
      class={`briefing ${open ? "" : "is-collapsed"}`}
      data-testid="briefing"
      data-source={full?.source ?? "queue"}
      aria-label="Briefing"
    >
      <header class="briefing-head">
        <h3>Briefing</h3>
        {full ? (
          <span
            class={`chip ${full.source === "llm" ? "tone-ai" : ""}`}
            title={full.source === "llm" ? "Summary written by the language model" : "Summary assembled from the visitor's own words (no language model)"}
            data-testid="briefing-source"
          >
            {full.source === "llm" ? "AI-written" : "Extractive"}
          </span>
        ) : (
          <span class="chip" title="The full briefing arrives once the conversation is handed off">
            From the queue
          </span>
        )}
        <span class="muted briefing-when">
          {full ? `Updated ${formatTime(full.updatedAt)}` : facts.queuedAt ? `Handed off at ${formatTime(facts.queuedAt)}` : ""}
        </span>
        <button type="button" class="btn btn-ghost btn-xs" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="briefing-toggle">
          {open ? "Hide" : "Show"}
        </button>
      </header>
      {open &&
        (full ? (
          <FullBriefing briefing={full} firstQuestion={facts.firstQuestion} onUseOpening={onUseOpening} />
        ) : (
          <FallbackBriefing facts={facts} />
        ))}
    </section>
  );
}
