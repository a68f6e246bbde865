import { useEffect, useState } from "preact/hooks";
import { copyText } from "../lib/copy-text.ts";

/** Order numbers, emails, amounts: one click copies one, for the order system in the other tab. */
export function FactChips({ facts }: { facts: string[] }) {
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 1400);
    return () => clearTimeout(timer);
  }, [copied]);

  if (facts.length === 0) return <p class="muted">None mentioned</p>;
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <li key={fact}>
          <button
            type="button"
            class={`fact ${copied === fact ? "is-copied" : ""}`}
            title="Copy"
            onClick={async () => {
              if (await copyText(fact)) setCopied(fact);
            }}
            data-testid="briefing-fact"
          >
            {fact}
            <span class="fact-copied" aria-live="polite">
              {copied === fact ? "Copied" : ""}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
