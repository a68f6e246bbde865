import type { AiAttempt } from "../../../worker/protocol/index.ts";
import { siteHref } from "../lib/site-url.ts";

interface Props {
  attempts: AiAttempt[];
  /** The visitor's page: article paths are links on that site. */
  pageUrl: string | null;
}

/** Each AI answer as question → answer, with what it read and how sure it was: what not to repeat. */
export function AiTriedList({ attempts, pageUrl }: Props) {
  if (attempts.length === 0) return <p class="muted">The AI did not answer before the handoff.</p>;
  return (
    <ol class="attempts">
      {attempts.map((a) => (
        <li key={a.seq} class={`attempt ${a.declined ? "is-declined" : ""}`} data-testid="briefing-attempt">
          <p class="attempt-q">
            <span class="attempt-tag">Q</span>
            {a.question || <span class="muted">(no question)</span>}
          </p>
          <p class="attempt-a">
            <span class="attempt-tag tag-ai">A</span>
            <span class="attempt-text">{a.answer}</span>
          </p>
          <div class="attempt-meta">
            <Confidence value={a.confidence} />
            {a.declined && <span class="chip tone-warn">Declined</span>}
            {a.articles.map((article) => {
              const href = siteHref(article.url, pageUrl);
              return href ? (
                <a key={article.title} class="citation" href={href} target="_blank" rel="noopener noreferrer" title={href}>
                  {article.title}
                </a>
              ) : (
                <span key={article.title} class="citation">
                  {article.title}
                </span>
              );
            })}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Confidence({ value }: { value: number }) {
  const percent = Math.round(value * 100);
  const level = value >= 0.7 ? "high" : value >= 0.4 ? "mid" : "low";
  return (
    <span class={`confidence confidence-${level}`} title="How sure the AI was of this answer">
      <span class="meter" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      {percent}%
    </span>
  );
}

/** The folded line: how many answers, how many declined, the best confidence. */
export function attemptsDigest(attempts: AiAttempt[]): string {
  if (attempts.length === 0) return "Nothing";
  const declined = attempts.filter((a) => a.declined).length;
  const best = Math.round(Math.max(...attempts.map((a) => a.confidence)) * 100);
  const answers = `${attempts.length} ${attempts.length === 1 ? "answer" : "answers"}`;
  return [answers, declined > 0 ? `${declined} declined` : "", `best confidence ${best}%`].filter(Boolean).join(" · ");
}
