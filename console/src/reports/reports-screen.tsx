import { useEffect, useState } from "preact/hooks";
import { BreakdownBy } from "../../../worker/protocol/index.ts";
import { reportsApi } from "../api/reports-api.ts";
import { useObservable } from "../lib/use-observable.ts";
import { ErrorBanner } from "../ui/error-banner.tsx";
import { BreakdownTable } from "./breakdown-table.tsx";
import { DrillPanel } from "./drill-panel.tsx";
import { FigureCards } from "./figure-cards.tsx";
import { ReportFiltersBar } from "./report-filters.tsx";
import { ReportsStore } from "./reports-store.ts";
import { SeriesCharts } from "./series-charts.tsx";

/**
 * Reports (issue 13): the period's figures, the series by day or week, and
 * the breakdowns; every figure and row opens the conversations behind it.
 * Loaded on demand by reports-tab.tsx (this module pulls in uPlot).
 */
export function ReportsScreen({ myName }: { myName: string }) {
  const [store] = useState(() => new ReportsStore());
  useObservable(store);
  useEffect(() => void store.reload(), [store]);
  const { summary, query } = store;
  const csv = (table: Parameters<typeof reportsApi.exportUrl>[0]) => (query ? reportsApi.exportUrl(table, query) : null);

  return (
    <div class="reports" data-testid="reports-screen" data-loading={store.loading ? "true" : "false"}>
      <ReportFiltersBar store={store} />
      <ErrorBanner error={store.error} onDismiss={() => store.dismissError()} testId="reports-error" />
      <div class="reports-body">
        <main class="reports-main">
          {!summary && store.loading && <p class="muted">Loading the reports…</p>}
          {summary && (
            <>
              <FigureCards figures={summary.figures} csv={csv("figures")} onOpen={(metric, label) => void store.open({ metric }, label)} />
              <SeriesCharts series={summary.series} bucket={store.filters.bucket} csv={csv("series")} />
              <div class="reports-breakdowns">
                {BreakdownBy.options.map((by) => {
                  const breakdown = summary.breakdowns.find((b) => b.by === by);
                  return breakdown ? (
                    <BreakdownTable key={by} breakdown={breakdown} csv={csv(by)} onOpen={(id, label) => void store.open({ metric: "conversations", group: { by, id } }, label)} />
                  ) : null;
                })}
              </div>
            </>
          )}
        </main>
        {store.drill && <DrillPanel store={store} myName={myName} csv={csv("conversations")} />}
      </div>
    </div>
  );
}
