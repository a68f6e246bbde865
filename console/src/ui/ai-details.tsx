import type { AiMeta } from "../../../worker/protocol/index.ts";
import { safeHttpUrl } from "../lib/format.ts";
import { CitationChip } from "./citation-chip.tsx";

/** How sure the AI was and what it read: lets the agent judge an answer at a glance. */
export function AiDetails({ meta }: { meta: AiMeta }) {
  const percent = Math.round(meta.confidence * 100);
  const level = meta.confidence >= 0.7 ? "high" : meta.confidence >= 0.4 ? "mid" : "low";
  return (
    <div class="ai-meta" data-testid="ai-meta">
      <span class={`confidence confidence-${level}`} data-testid="ai-confidence" title={`${meta.provider} · ${meta.model}`}>
        <span class="meter" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        Confidence {percent}%
      </span>
      {meta.declined && <span class="chip tone-warn">Declined to answer</span>}
      {meta.citations.length > 0 && (
        <span class="citations">
          <span class="muted">Sources:</span>
          {meta.citations.map((citation) => (
            <CitationChip key={citation.articleId} title={citation.title} href={safeHttpUrl(citation.url)} testId="ai-citation" />
          ))}
        </span>
      )}
    </div>
  );
}
