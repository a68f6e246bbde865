import { useState } from "preact/hooks";
import { adminApi, type Policy, type TryResult } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";

const ACTION_TEXT: Record<TryResult["action"], string> = {
  stay: "Stays with the AI",
  offer_human: "Offers a person (a button in the chat)",
  handoff: "Hands off to a person",
};

/** Runs the real trigger engine on the server with the policy being edited, unsaved: what would this message do? */
export function TryMessage({ siteId, policy }: { siteId: string; policy: Policy }) {
  const [message, setMessage] = useState("");
  const [result, setResult] = useState<TryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (event: Event) => {
    event.preventDefault();
    if (!message.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await adminApi.tryMessage(siteId, message.trim(), policy));
    } catch (failure) {
      setError(describeError(failure));
      setResult(null);
    } finally {
      setBusy(false);
    }
  };
  const signals = result ? [...result.onMessage.signals, ...(result.afterAnswer?.signals ?? [])] : [];
  return (
    <form class="admin-card try-message" onSubmit={run} data-testid="policy-try">
      <h3>Try a message</h3>
      <p class="muted">A visitor's first message, run through this policy (as edited, before saving) and the site's knowledge base.</p>
      <textarea rows={2} value={message} onInput={(e) => setMessage(e.currentTarget.value)} placeholder="This is the third time I ask. Let me talk to your manager." data-testid="policy-try-input" />
      <button type="submit" class="btn btn-primary btn-sm" disabled={busy || !message.trim()} data-testid="policy-try-submit">
        {busy ? "Running…" : "Run"}
      </button>
      {error && <p class="text-bad" role="alert">{error}</p>}
      {result && (
        <div class="try-result" data-testid="policy-try-result" data-action={result.action}>
          <p class={`try-action try-${result.action}`}>
            <strong>{ACTION_TEXT[result.action]}</strong>
          </p>
          {signals.length === 0 ? (
            <p class="muted">No signal fired.</p>
          ) : (
            <ul class="trigger-list">
              {signals.map((signal, i) => (
                <li key={i} class="trigger" data-testid="policy-try-signal" data-signal={signal.name}>
                  <div class="trigger-head">
                    <strong>{signal.name.replace(/_/g, " ")}</strong>
                    <span class="score">score {signal.score.toFixed(2)}</span>
                    <span class="muted">{signal.action === "handoff" ? "hand off" : "offer"}</span>
                  </div>
                  <p class="trigger-reason">{signal.summary}</p>
                  {signal.evidence.length > 0 && <p class="evidence">{signal.evidence.join(" · ")}</p>}
                </li>
              ))}
            </ul>
          )}
          {result.answer && (
            <p class="muted" data-testid="policy-try-answer">
              AI answer (confidence {result.answer.confidence.toFixed(2)}{result.answer.declined ? ", declined" : ""}): {result.answer.text}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
