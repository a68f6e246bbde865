import type { TriggerEvidence } from "../../../worker/protocol/index.ts";
import { signalLabel } from "./briefing.ts";

/** Every signal that fired: what, how strongly, what it did, and the words behind it. */
export function TriggerList({ reason, triggers }: { reason: string; triggers: TriggerEvidence[] }) {
  return (
    <div class="triggers">
      <p class="trigger-reason" data-testid="briefing-reason">
        {reason}
      </p>
      {triggers.length === 0 ? (
        <p class="muted">No automatic signal: the visitor pressed “Talk to a person”.</p>
      ) : (
        <ul class="trigger-list">
          {triggers.map((t, i) => (
            <li key={`${t.name}-${t.seq}-${i}`} class="trigger" data-testid="briefing-trigger" data-signal={t.name}>
              <div class="trigger-head">
                <strong>{signalLabel(t.name)}</strong>
                <span class={`chip ${t.action === "handoff" ? "tone-warn" : ""}`}>
                  {t.action === "handoff" ? "Handed off" : "Offered a person"}
                </span>
                <span class="score" title="Signal strength, 0 to 1">
                  <span class="meter" aria-hidden="true">
                    <span style={{ width: `${Math.round(Math.min(1, Math.max(0, t.score)) * 100)}%` }} />
                  </span>
                  {t.score.toFixed(2)}
                </span>
                <span class="muted trigger-seq">message #{t.seq}</span>
              </div>
              {t.evidence.length > 0 && (
                <ul class="evidence">
                  {t.evidence.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The folded line: which signals fired, strongest first. */
export function triggerDigest(triggers: TriggerEvidence[]): string {
  if (triggers.length === 0) return "The visitor asked";
  return [...triggers]
    .sort((a, b) => b.score - a.score)
    .map((t) => signalLabel(t.name))
    .filter((label, i, all) => all.indexOf(label) === i)
    .join(" · ");
}
