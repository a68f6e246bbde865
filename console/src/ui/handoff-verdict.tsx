import { useEffect, useState } from "preact/hooks";
import { handoffFeedbackApi, type HandoffVerdict as Verdict } from "../api/handoff-feedback-api.ts";

const LABELS: Record<Verdict, string> = { not_needed: "Not needed", too_late: "Too late" };

/**
 * One click on how the handoff went for the agent who got it: "not needed"
 * (the AI could have answered) or "too late". Given once; read back on load.
 */
export function HandoffVerdict({ conversationId }: { conversationId: string }) {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setVerdict(null);
    handoffFeedbackApi.get(conversationId).then(setVerdict, () => setVerdict(null));
  }, [conversationId]);
  const give = (next: Verdict) =>
    handoffFeedbackApi.give(conversationId, next).then(setVerdict, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <span class="handoff-verdict muted" data-testid="handoff-verdict" data-verdict={verdict ?? ""} title={error ?? "How did this handoff go? (once)"}>
      Handoff:
      {(Object.keys(LABELS) as Verdict[]).map((key) => (
        <button
          type="button"
          key={key}
          class={verdict === key ? "btn btn-secondary chosen" : "btn btn-secondary"}
          aria-pressed={verdict === key}
          disabled={verdict !== null}
          onClick={() => void give(key)}
          data-testid={`handoff-verdict-${key}`}
        >
          {LABELS[key]}
        </button>
      ))}
    </span>
  );
}
