import type { ReportTable } from "../../../worker/protocol/index.ts";

/** "Download CSV" for one table, with the screen's filters; absent while the period is not valid. */
export function CsvLink({ href, table }: { href: string | null; table: ReportTable }) {
  if (!href) return null;
  return (
    <a class="btn btn-ghost btn-xs" href={href} download={`${table}.csv`} data-testid="report-csv" data-table={table}>
      Download CSV
    </a>
  );
}
