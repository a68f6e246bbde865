import { ReportConversations, ReportSummary, type ReportTable } from "../../../worker/protocol/index.ts";
import { drillQuery, exportPath, type DrillTarget } from "../reports/report-query.ts";
import { apiRequest } from "./http.ts";
import { apiPath } from "./workspace-path.ts";

/** The reports API (worker/protocol/reports.ts); every call takes the screen's ReportQuery as a query string. */
export const reportsApi = {
  summary(query: URLSearchParams): Promise<ReportSummary> {
    return apiRequest("GET", apiPath(`/reports/summary?${query}`), ReportSummary);
  },

  conversations(query: URLSearchParams, target: DrillTarget): Promise<ReportConversations> {
    return apiRequest("GET", apiPath(`/reports/conversations?${drillQuery(query, target)}`), ReportConversations);
  },

  /** A plain link: the browser downloads it with the session cookie. */
  exportUrl(table: ReportTable, query: URLSearchParams): string {
    return apiPath(exportPath(table, query));
  },
};
