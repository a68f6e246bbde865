import type { QueueEntry, WaitKind } from "../../../worker/protocol/index.ts";

/** Why it waits, in the order the queue ranks them (worker/protocol/queue-order.ts): asked and upset first. */
const KINDS: Record<WaitKind, { label: string; hint: string }> = {
  asked: { label: "Asked for a person", hint: "The visitor asked for a person (ranked first)" },
  upset: { label: "Upset", hint: "The visitor is frustrated (ranked first)" },
  policy: { label: "Policy topic", hint: "A topic that always goes to a person (ranked next)" },
  unsure: { label: "AI unsure", hint: "The AI was not sure enough to answer (ranked after the others)" },
};

/** -1 (angry) … 1 (happy) as a word; null when the visitor has said too little to tell. */
export function sentimentWord(score: number): { word: string; tone: "bad" | "warn" | "muted" | "ok" } {
  if (score <= -0.5) return { word: "Angry", tone: "bad" };
  if (score < -0.1) return { word: "Unhappy", tone: "warn" };
  if (score <= 0.1) return { word: "Neutral", tone: "muted" };
  return { word: "Positive", tone: "ok" };
}

/** The priority signal, the visitor's mood, their tier and their place in line, in one dense row. */
export function QueueSignals({ entry, position }: { entry: QueueEntry; position: number }) {
  const kind = KINDS[entry.kind];
  const mood = entry.sentiment === null ? null : sentimentWord(entry.sentiment);
  return (
    <div class="queue-signals">
      <span class={`kind kind-${entry.kind}`} data-testid="queue-kind" data-kind={entry.kind} title={kind.hint}>
        {kind.label}
      </span>
      {mood && entry.sentiment !== null && (
        <span class={`sentiment sentiment-${mood.tone}`} data-testid="queue-sentiment" data-sentiment={entry.sentiment.toFixed(2)} title={`Latest sentiment ${entry.sentiment.toFixed(2)} (−1 angry … 1 happy)`}>
          {mood.word}
        </span>
      )}
      {entry.tier && (
        <span class="tier" title="The visitor's tier as the site said it (unverified)">
          {entry.tier}
        </span>
      )}
      <span class="position" data-testid="queue-position" data-position={position} title="Place in this team's line">
        #{position} in line
      </span>
    </div>
  );
}
