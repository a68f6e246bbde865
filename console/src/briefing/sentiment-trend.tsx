import type { Briefing } from "../../../worker/protocol/index.ts";

type Sentiment = Briefing["sentiment"];

const TREND = {
  worsening: { text: "Worsening", tone: "bad", arrow: "↗" },
  steady: { text: "Steady", tone: "muted", arrow: "→" },
  improving: { text: "Improving", tone: "ok", arrow: "↘" },
} as const;

/** The trend in a word, coloured: frustration rising is what matters. */
export function TrendBadge({ sentiment }: { sentiment: Sentiment }) {
  const t = TREND[sentiment.trend];
  return (
    <span class={`trend trend-${t.tone}`}>
      <span aria-hidden="true">{t.arrow}</span> {t.text}
    </span>
  );
}

/** Frustration per visitor message (0 calm … 1 angry), oldest to newest, as a tiny line. */
export function Sparkline({ sentiment, width = 72, height = 18 }: { sentiment: Sentiment; width?: number; height?: number }) {
  const scores = sentiment.scores.map((s) => Math.min(1, Math.max(0, s.score)));
  if (scores.length === 0) return null;
  const pad = 2;
  const step = scores.length > 1 ? (width - pad * 2) / (scores.length - 1) : 0;
  const points = scores.map((s, i) => [pad + i * step, height - pad - s * (height - pad * 2)] as const);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  const last = points.at(-1) ?? [pad, height - pad];
  return (
    <svg class={`spark spark-${TREND[sentiment.trend].tone}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} class="spark-base" />
      {scores.length > 1 && <polyline points={line} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />}
      <circle cx={last[0]} cy={last[1]} r="2.4" fill="currentColor" />
    </svg>
  );
}

/** The unfolded view: the trend, the line bigger, and every score by message. */
export function SentimentDetails({ sentiment }: { sentiment: Sentiment }) {
  if (sentiment.scores.length === 0) return <p class="muted">The visitor has not written anything yet.</p>;
  return (
    <div class="sentiment">
      <Sparkline sentiment={sentiment} width={160} height={32} />
      <ol class="scores" aria-label="Frustration by visitor message">
        {sentiment.scores.map((s) => (
          <li key={s.seq} class={s.score >= 0.5 ? "is-high" : s.score >= 0.25 ? "is-mid" : ""}>
            <span class="muted">#{s.seq}</span> {s.score.toFixed(2)}
          </li>
        ))}
      </ol>
      <p class="muted sentiment-note">Frustration per visitor message, 0 (calm) to 1.</p>
    </div>
  );
}
