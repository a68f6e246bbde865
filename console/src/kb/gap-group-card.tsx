import type { GapGroup } from "../../../worker/protocol/index.ts";
import { formatTime } from "../lib/format.ts";

const REASONS = { declined: "declined", low_confidence: "unsure", handoff: "handed over" } as const;

/** One group: how many asked and when, examples with what the agents answered, and "Draft article". */
export function GapGroupCard({ group, busy, onDraft, onOpen }: { group: GapGroup; busy: boolean; onDraft: () => void; onOpen: (articleId: string) => void }) {
  const tracked = group.tracked;
  return (
    <li class="kb-card gap-card" data-testid="gap-group">
      <div class="gap-card-head">
        <div>
          <h3 class="gap-label">{group.label}</h3>
          <span class="muted gap-meta">
            <strong data-testid="gap-volume">{group.questions} asked</strong> · {group.handedOver} handed over · last {formatTime(group.lastAt)}
          </span>
        </div>
        {tracked?.articleId ? (
          <button type="button" class="btn btn-ghost btn-sm" onClick={() => onOpen(tracked.articleId ?? "")} data-testid="gap-open-article">
            <span class={`chip ${tracked.status === "published" ? "tone-ok" : "tone-warn"}`}>{tracked.status === "published" ? "Published" : "Draft"}</span> {tracked.articleTitle}
          </button>
        ) : (
          <button type="button" class="btn btn-primary btn-sm" onClick={onDraft} disabled={busy} data-testid="gap-draft">
            {busy ? "Drafting…" : "Draft article"}
          </button>
        )}
      </div>
      <ul class="gap-examples">
        {group.examples.map((example) => (
          <li key={`${example.conversationId}:${example.seq}`}>
            <p class="gap-question">
              “{example.text}” <span class="chip">{REASONS[example.reason]}</span>
            </p>
            {example.agentReplies.length > 0 ? (
              example.agentReplies.map((reply, i) => (
                <p class="gap-reply" key={i}>
                  <span class="muted">Agent:</span> {reply}
                </p>
              ))
            ) : (
              <p class="gap-reply muted">No agent answer.</p>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
