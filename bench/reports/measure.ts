/**
 * The reports summary under 100,000 conversations: a local D1 (wrangler dev
 * --local, the demo seed plus bench/reports/seed-reports.ts), then the
 * summary route for the whole 30 days, timed from the client.
 *   node bench/reports/run.ts        (alone; bench/run.ts calls measureReports too)
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { executeSql } from "../../worker/cli/wrangler.ts";
import { AGENT, WORKSPACE } from "../lib/baton-client.ts";
import { freePort } from "../lib/ports.ts";
import { percentile } from "../lib/stats.ts";
import { prepareProductState, startDev } from "../lib/wrangler-dev.ts";
import { reportSeedSql } from "./seed-reports.ts";

export interface ReportsResult {
  conversations: number;
  query_p50: number;
  query_p99: number;
  queries: number;
}

export async function measureReports(runDir: string, conversations = 100_000, queries = 30): Promise<ReportsResult> {
  const state = path.join(runDir, "state-reports");
  prepareProductState(state, await freePort());
  // A month well before the demo seed's own history (the last eight weeks), so the count is exactly what was seeded here.
  const start = Date.UTC(2025, 0, 1);
  executeSql(reportSeedSql(conversations, start), "--local", ["--persist-to", state]);
  const server = await startDev({ name: "reports", persistTo: state, logFile: path.join(runDir, "reports.log"), vars: { AUTH_SECRET: "reports-bench-secret-0123456789abcdef", ABUSE_LIMITS: "off" }, readyPath: "/api/health", readyTimeoutMs: 120_000 });
  try {
    const login = await fetch(`${server.base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(AGENT) });
    const { token } = (await login.json()) as { token: string };
    const url = `${server.base}/api/agent/workspaces/${WORKSPACE}/reports/summary?from=${start}&to=${start + 30 * 86_400_000}`;
    const times: number[] = [];
    for (let i = 0; i < queries + 2; i++) {
      const t0 = performance.now();
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { figures?: { key: string; value: number }[] };
      const took = performance.now() - t0;
      if (!response.ok) throw new Error(`summary: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      const counted = body.figures?.find((f) => f.key === "conversations")?.value;
      if (counted !== conversations) throw new Error(`summary counted ${counted} conversations, seeded ${conversations}`);
      // The first two warm the worker and D1's page cache.
      if (i >= 2) times.push(took);
    }
    const sorted = Float64Array.from(times).sort();
    return { conversations, query_p50: Math.round(percentile(sorted, 50)), query_p99: Math.round(percentile(sorted, 99)), queries };
  } finally {
    await server.stop();
  }
}

export function reportsRunDir(): string {
  return mkdtempSync(path.join(tmpdir(), "baton-reports-"));
}
