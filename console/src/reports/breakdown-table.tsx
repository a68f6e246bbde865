import type { Breakdown, BreakdownBy, MetricKey } from "../../../worker/protocol/index.ts";
import { CsvLink } from "./csv-link.tsx";
import { formatFigure, METRIC_LABELS } from "./report-format.ts";

const TITLES: Record<BreakdownBy, string> = {
  trigger: "By trigger",
  topic: "By topic",
  site: "By site",
  team: "By team",
  agent: "By agent",
};

/** The columns after the count: the figures most worth comparing between rows, those the server sent. */
const COLUMNS: MetricKey[] = ["containment_rate", "escalation_rate", "queue_wait_p50", "first_human_reply_p50", "csat_ai", "csat_human", "reopen_rate"];

interface Props {
  breakdown: Breakdown;
  csv: string | null;
  onOpen: (id: string, label: string) => void;
}

/** One breakdown as a table; a click on a row lists its conversations. */
export function BreakdownTable({ breakdown, csv, onOpen }: Props) {
  const present = COLUMNS.filter((key) => breakdown.rows.some((row) => row.figures.some((f) => f.key === key)));
  const title = TITLES[breakdown.by];
  return (
    <section class="report-section" data-testid="report-breakdown" data-by={breakdown.by} aria-label={title}>
      <header class="report-section-head">
        <h2>{title}</h2>
        <CsvLink href={csv} table={breakdown.by} />
      </header>
      {breakdown.rows.length === 0 ? (
        <p class="muted">No conversations in this period.</p>
      ) : (
        <div class="report-table-wrap">
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">{title.replace(/^By /, "").replace(/^./, (c) => c.toUpperCase())}</th>
                <th scope="col" class="num">
                  Conversations
                </th>
                {present.map((key) => (
                  <th key={key} scope="col" class="num">
                    {METRIC_LABELS[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {breakdown.rows.map((row) => (
                <tr key={row.id} data-testid="report-row" data-group={row.id} tabIndex={0} onClick={() => onOpen(row.id, `${title}: ${row.label}`)} onKeyDown={(e) => e.key === "Enter" && onOpen(row.id, `${title}: ${row.label}`)}>
                  <th scope="row">{row.label}</th>
                  <td class="num" data-testid="report-row-conversations">
                    {row.conversations}
                  </td>
                  {present.map((key) => {
                    const figure = row.figures.find((f) => f.key === key);
                    return (
                      <td key={key} class="num" data-metric={key}>
                        {figure ? formatFigure(figure) : "—"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
