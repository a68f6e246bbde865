import { describeError } from "../api/api-error.ts";
import { historyApi, type PastTranscript } from "../api/history-api.ts";
import { reportsApi } from "../api/reports-api.ts";
import type { ReportConversations, ReportSummary } from "../../../worker/protocol/index.ts";
import { Observable } from "../lib/observable.ts";
import { defaultFilters, reportQuery, type DrillTarget, type ReportFilters } from "./report-query.ts";

/**
 * The Reports screen's state: the filters, the summary they give, and the
 * drill-down (the conversations behind a clicked figure or row, and the one
 * transcript open among them). Answers to older filters or clicks are dropped.
 */
export class ReportsStore extends Observable {
  filters: ReportFilters = defaultFilters();
  summary: ReportSummary | null = null;
  loading = false;
  error: string | null = null;
  drill: { target: DrillTarget; label: string; result: ReportConversations | null; loading: boolean } | null = null;
  transcript: PastTranscript | null = null;
  private summaryRun = 0;
  private drillRun = 0;
  private openRun = 0;

  /** The query the filters make, or null while the dates are not a period. */
  get query(): URLSearchParams | null {
    return reportQuery(this.filters);
  }

  setFilters(change: Partial<ReportFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.drill = null;
    this.transcript = null;
    void this.reload();
  }

  async reload(): Promise<void> {
    const query = this.query;
    const run = ++this.summaryRun;
    if (!query) {
      this.error = "The period needs a start date on or before its end date.";
      this.changed();
      return;
    }
    this.loading = true;
    this.error = null;
    this.changed();
    try {
      const summary = await reportsApi.summary(query);
      if (run === this.summaryRun) this.summary = summary;
    } catch (failure) {
      if (run === this.summaryRun) this.error = describeError(failure);
    } finally {
      if (run === this.summaryRun) this.loading = false;
      this.changed();
    }
  }

  /** The conversations behind a figure or a breakdown row, newest first. */
  async open(target: DrillTarget, label: string): Promise<void> {
    const query = this.query;
    if (!query) return;
    const run = ++this.drillRun;
    this.drill = { target, label, result: null, loading: true };
    this.transcript = null;
    this.changed();
    try {
      const result = await reportsApi.conversations(query, target);
      if (run === this.drillRun && this.drill) this.drill = { ...this.drill, result, loading: false };
    } catch (failure) {
      if (run === this.drillRun) {
        this.error = describeError(failure);
        this.drill = null;
      }
    } finally {
      this.changed();
    }
  }

  closeDrill(): void {
    this.drillRun++;
    this.drill = null;
    this.transcript = null;
    this.changed();
  }

  /** One conversation of the list, in the history screen's transcript view. */
  async openTranscript(id: string): Promise<void> {
    const run = ++this.openRun;
    try {
      const transcript = await historyApi.transcript(id);
      if (run === this.openRun) this.transcript = transcript;
    } catch (failure) {
      if (run === this.openRun) this.error = describeError(failure);
    } finally {
      this.changed();
    }
  }

  closeTranscript(): void {
    this.openRun++;
    this.transcript = null;
    this.changed();
  }

  dismissError(): void {
    this.error = null;
    this.changed();
  }
}
