import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import type { SeriesPoint } from "../../../worker/protocol/index.ts";
import { CsvLink } from "./csv-link.tsx";
import { formatDuration } from "./report-format.ts";

interface Props {
  series: SeriesPoint[];
  bucket: "day" | "week";
  csv: string | null;
}

const HEIGHT = 220;

/** Volume (conversations, resolved by the AI, handed off) and quality (CSAT, queue wait p50) over the period. */
export function SeriesCharts({ series, bucket, csv }: Props) {
  // uPlot wants seconds on a time axis.
  const at = series.map((p) => p.at / 1000);
  const volume: uPlot.AlignedData = [at, series.map((p) => p.conversations), series.map((p) => p.ai_resolved), series.map((p) => p.handed_off)];
  const quality: uPlot.AlignedData = [at, series.map((p) => p.csat), series.map((p) => p.queue_wait_p50)];
  return (
    <section class="report-section" aria-labelledby="report-series-title">
      <header class="report-section-head">
        <h2 id="report-series-title">By {bucket}</h2>
        <CsvLink href={csv} table="series" />
      </header>
      {series.length === 0 ? (
        <p class="muted">No conversations in this period.</p>
      ) : (
        <div class="report-charts">
          <Chart testId="report-chart-volume" data={volume} options={volumeOptions()} />
          <Chart testId="report-chart-quality" data={quality} options={qualityOptions()} />
        </div>
      )}
    </section>
  );
}

function volumeOptions(): Omit<uPlot.Options, "width" | "height"> {
  return {
    series: [{}, line("Conversations", "#3451d1"), line("Resolved by the AI", "#6434c9"), line("Handed off", "#b54708")],
    axes: [{}, { label: "conversations" }],
    scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
  };
}

function qualityOptions(): Omit<uPlot.Options, "width" | "height"> {
  return {
    series: [
      {},
      { ...line("CSAT", "#067647"), scale: "score", value: (_u, v) => (v === null ? "—" : v.toFixed(2)) },
      { ...line("Queue wait p50", "#c0281b"), scale: "ms", value: (_u, v) => (v === null ? "—" : formatDuration(v)) },
    ],
    scales: { score: { range: [1, 5] }, ms: { range: (_u, _min, max) => [0, Math.max(60_000, max)] } },
    axes: [{}, { scale: "score", label: "CSAT (1–5)" }, { scale: "ms", side: 1, size: 70, label: "queue wait", values: (_u, ticks) => ticks.map((t) => formatDuration(t)), grid: { show: false } }],
  };
}

function line(label: string, stroke: string): uPlot.Series {
  // Null buckets (no rating, no wait) are gaps, not zeros.
  return { label, stroke, width: 2, points: { show: true, size: 5 }, spanGaps: false };
}

/** One uPlot instance in a div, rebuilt when the data change and resized with its box. */
function Chart({ data, options, testId }: { data: uPlot.AlignedData; options: Omit<uPlot.Options, "width" | "height">; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const plot = new uPlot({ ...options, width: Math.max(200, element.clientWidth), height: HEIGHT }, data, element);
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(200, element.clientWidth), height: HEIGHT }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [data]);
  return <div class="report-chart" ref={box} data-testid={testId} />;
}
