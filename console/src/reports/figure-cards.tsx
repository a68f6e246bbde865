import type { Figure, MetricKey } from "../../../worker/protocol/index.ts";
import { CsvLink } from "./csv-link.tsx";
import { formatFigure, METRIC_LABELS, orderFigures, sampleText } from "./report-format.ts";

interface Props {
  figures: Figure[];
  csv: string | null;
  onOpen: (metric: MetricKey, label: string) => void;
}

/** One card per figure; a click lists the conversations behind it. */
export function FigureCards({ figures, csv, onOpen }: Props) {
  return (
    <section class="report-section" aria-labelledby="report-figures-title">
      <header class="report-section-head">
        <h2 id="report-figures-title">Figures</h2>
        <CsvLink href={csv} table="figures" />
      </header>
      <ul class="figure-cards" data-testid="report-figures">
        {orderFigures(figures).map((figure) => (
          <li key={figure.key}>
            <button
              type="button"
              class="figure-card"
              data-testid="report-figure"
              data-metric={figure.key}
              title="Show the conversations behind this figure"
              onClick={() => onOpen(figure.key, METRIC_LABELS[figure.key])}
            >
              <span class="figure-label">{METRIC_LABELS[figure.key]}</span>
              <span class="figure-value" data-testid="report-figure-value">
                {formatFigure(figure)}
              </span>
              <span class="figure-sample">{sampleText(figure)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
