import { describe, expect, it } from "vitest";
import { defaultFilters, drillQuery, exportPath, reportQuery, startOfDate, type ReportFilters } from "../../console/src/reports/report-query.ts";
import { ReportQuery } from "../../worker/protocol/index.ts";

const base: ReportFilters = { fromDate: "2026-11-01", toDate: "2026-11-30", siteId: "", teamId: "", agentId: "", businessHours: false, bucket: "day" };

describe("the Reports screen's query string", () => {
  it("sends the period as [local midnight of the first day, local midnight after the last day)", () => {
    const query = reportQuery(base);
    expect(query?.get("from")).toBe(String(new Date(2026, 10, 1).getTime()));
    expect(query?.get("to")).toBe(String(new Date(2026, 11, 1).getTime()));
    expect(query?.get("bucket")).toBe("day");
  });

  it("leaves out filters that are not set, and passes those that are", () => {
    expect([...(reportQuery(base)?.keys() ?? [])]).toEqual(["from", "to", "bucket"]);
    const query = reportQuery({ ...base, siteId: "demo", teamId: "billing", agentId: "demo-agent-2", businessHours: true, bucket: "week" });
    expect(Object.fromEntries(query ?? [])).toMatchObject({ siteId: "demo", teamId: "billing", agentId: "demo-agent-2", businessHours: "1", bucket: "week" });
  });

  it("is what the contract's ReportQuery accepts", () => {
    const query = reportQuery({ ...base, siteId: "demo", businessHours: true });
    const parsed = ReportQuery.safeParse(Object.fromEntries(query ?? []));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.to).toBeGreaterThan(parsed.data?.from ?? Infinity);
  });

  it("is no query for a period that ends before it starts, or a date that does not exist", () => {
    expect(reportQuery({ ...base, fromDate: "2026-12-01", toDate: "2026-11-30" })).toBeNull();
    expect(reportQuery({ ...base, toDate: "2026-02-31" })).toBeNull();
    expect(reportQuery({ ...base, fromDate: "" })).toBeNull();
    expect(startOfDate("2026-13-01")).toBeNull();
  });

  it("a one-day period is that day", () => {
    const query = reportQuery({ ...base, fromDate: "2026-11-30", toDate: "2026-11-30" });
    expect(Number(query?.get("to")) - Number(query?.get("from"))).toBe(new Date(2026, 11, 1).getTime() - new Date(2026, 10, 30).getTime());
  });

  it("defaults to the last four weeks including today", () => {
    const now = new Date(2026, 11, 3, 11, 0).getTime();
    const filters = defaultFilters(now);
    expect(filters.toDate).toBe("2026-12-03");
    expect(filters.fromDate).toBe("2026-11-06");
  });

  it("a click on a breakdown row asks for that metric and that row, keeping the filters", () => {
    const filters = reportQuery({ ...base, siteId: "demo" });
    if (!filters) throw new Error("no query");
    const query = drillQuery(filters, { metric: "escalation_rate", group: { by: "topic", id: "refund" } });
    expect(query.get("metric")).toBe("escalation_rate");
    expect(query.get("group")).toBe("refund");
    expect(query.get("siteId")).toBe("demo");
    expect(filters.has("metric")).toBe(false);
    expect(drillQuery(filters, { metric: "conversations" }).has("group")).toBe(false);
  });

  it("points each CSV link at its table with the same filters", () => {
    const filters = reportQuery(base);
    if (!filters) throw new Error("no query");
    expect(exportPath("trigger", filters)).toBe(`/reports/export/trigger.csv?${filters}`);
  });
});
