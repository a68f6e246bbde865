import type { GapImpact, GapRate } from "../../../worker/protocol/index.ts";

function rate(r: GapRate): string {
  return `${r.questionsPerWeek} a week, ${r.handedOverPerWeek} handed over`;
}

const DAY = 86_400_000;

/** A tracked gap: "before: 14 a week, 11 handed over; after: 9 a week, 2 handed over", and the weeks behind it. */
export function GapImpactRow({ gap, onOpen }: { gap: GapImpact; onOpen: (articleId: string) => void }) {
  return (
    <li class="kb-card gap-impact" data-testid="gap-impact">
      <div class="gap-impact-head">
        {gap.articleId ? (
          <button type="button" class="link-button" onClick={() => onOpen(gap.articleId ?? "")}>
            {gap.articleTitle ?? gap.label}
          </button>
        ) : (
          <span>{gap.label}</span>
        )}
        <span class={`chip ${gap.status === "published" ? "tone-ok" : "tone-warn"}`}>{gap.status === "published" ? "Published" : "Draft"}</span>
      </div>
      <p class="gap-rates" data-testid="gap-rates">
        <span>
          <strong>Before:</strong> {rate(gap.before)}
        </span>
        <span>
          <strong>After:</strong> {gap.after ? `${rate(gap.after)}${gap.after.weeks < 2 ? " (first week)" : ""}` : "not published yet"}
        </span>
      </p>
      <table class="gap-weeks" aria-label="Per week">
        <thead>
          <tr>
            <th scope="row">Week of</th>
            {gap.weeks.map((w) => (
              <th key={w.start} class={w.after ? "is-after" : ""}>
                {new Date(w.start + DAY / 2).toLocaleDateString(undefined, { month: "short", day: "numeric" })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Asked</th>
            {gap.weeks.map((w) => (
              <td key={w.start} class={w.after ? "is-after" : ""}>{w.questions}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Handed over</th>
            {gap.weeks.map((w) => (
              <td key={w.start} class={w.after ? "is-after" : ""}>{w.handedOver}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </li>
  );
}
