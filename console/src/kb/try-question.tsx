import { useState } from "preact/hooks";
import { type TryAnswer, kbApi } from "../api/kb-api.ts";
import { Markdown } from "../lib/markdown.tsx";
import { siteHref } from "../lib/site-url.ts";
import type { KbStore } from "./kb-store.ts";
import { CitationChip } from "../ui/citation-chip.tsx";

const TOP_PASSAGES = 5;

/** "What would the assistant say?": the answer from the current knowledge base, with its evidence. */
export function TryQuestion({ store }: { store: KbStore }) {
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState<TryAnswer | null>(null);
  const [asking, setAsking] = useState(false);

  const ask = async () => {
    const q = question.trim();
    if (!q || asking || !store.siteId) return;
    setAsking(true);
    try {
      setAnswer(await kbApi.ask(store.siteId, q));
    } catch (error) {
      store.fail(error);
    } finally {
      setAsking(false);
    }
  };

  return (
    <section class="kb-card" aria-labelledby="kb-try-heading">
      <h3 id="kb-try-heading">Try a question</h3>
      <p class="muted kb-card-note">What the offline assistant answers from this knowledge base right now.</p>
      <form
        class="kb-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void ask();
        }}
      >
        <input
          type="search"
          value={question}
          maxLength={500}
          placeholder="How long do refunds take?"
          aria-label="Question"
          onInput={(e) => setQuestion(e.currentTarget.value)}
          data-testid="kb-try-input"
        />
        <button type="submit" class="btn btn-secondary btn-sm" disabled={!question.trim() || asking || !store.siteId} data-testid="kb-try-submit">
          {asking ? "Asking…" : "Ask"}
        </button>
      </form>
      {answer && <AnswerView answer={answer} base={store.siteBase} />}
    </section>
  );
}

function AnswerView({ answer, base }: { answer: TryAnswer; base: string | null }) {
  const { meta } = answer;
  const percent = Math.round(meta.confidence * 100);
  const level = meta.confidence >= 0.7 ? "high" : meta.confidence >= 0.4 ? "mid" : "low";
  const top = meta.retrieval.slice(0, TOP_PASSAGES);
  const best = Math.max(...top.map((r) => r.score), 0);
  return (
    <div class={`kb-answer ${meta.declined ? "is-declined" : ""}`} data-testid="kb-try-answer" aria-live="polite">
      <div class="kb-answer-meta">
        <span class={`confidence confidence-${level}`} data-testid="kb-try-confidence">
          <span class="meter" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </span>
          Confidence {percent}%
        </span>
        {meta.declined && <span class="chip tone-warn">Declined</span>}
        <span class="muted">{meta.latencyMs} ms</span>
      </div>
      <div class="kb-answer-text">
        <Markdown source={answer.answer} base={base} />
      </div>
      {meta.citations.length > 0 && (
        <div class="citations">
          <span class="muted">Sources:</span>
          {meta.citations.map((c) => (
            <CitationChip key={c.articleId} title={c.title} href={siteHref(c.url, base)} testId="kb-try-citation" />
          ))}
        </div>
      )}
      {top.length > 0 && (
        <div class="retrieval">
          <span class="briefing-label">Top passages</span>
          <ol>
            {top.map((r) => (
              <li key={r.passageId} data-testid="kb-try-passage">
                <span class="retrieval-title" title={`${r.title} · passage ${r.passageId}`}>
                  {r.title}
                </span>
                <span class="retrieval-bar" aria-hidden="true">
                  <span style={{ width: `${best > 0 ? Math.round((r.score / best) * 100) : 0}%` }} />
                </span>
                <span class="retrieval-score">{r.score.toFixed(2)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
