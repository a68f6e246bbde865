/**
 * What Cloudflare bills, from a meter delta (bench/lib/meter-client.ts,
 * worker/durable/meter.ts): Worker requests are the Worker's fetches; a
 * Durable Object request is an HTTP request (a WebSocket upgrade), an RPC
 * call or an alarm, and every 20 incoming WebSocket messages count as one
 * (https://developers.cloudflare.com/durable-objects/platform/pricing/).
 * D1 rows come from D1's own `meta` per statement.
 */
import type { Counts } from "../lib/meter-client.ts";

export interface Billed {
  workerRequests: number;
  doRequests: number;
  wsMessagesIn: number;
  alarmsSet: number;
  d1Statements: number;
  d1RowsRead: number;
  d1RowsWritten: number;
  aiCalls: number;
  /** Durable Object requests per class (20:1 applied), to see which object a conversation leans on. */
  doRequestsByClass: Record<string, number>;
}

export function billed(delta: Record<string, Counts>): Billed {
  const out: Billed = { workerRequests: 0, doRequests: 0, wsMessagesIn: 0, alarmsSet: 0, d1Statements: 0, d1RowsRead: 0, d1RowsWritten: 0, aiCalls: 0, doRequestsByClass: {} };
  for (const [owner, c] of Object.entries(delta)) {
    const n = (key: string) => c[key] ?? 0;
    out.d1Statements += n("d1_statements");
    out.d1RowsRead += n("d1_rows_read");
    out.d1RowsWritten += n("d1_rows_written");
    out.aiCalls += n("ai_calls");
    if (owner === "Worker") {
      out.workerRequests += n("fetch");
      continue;
    }
    const requests = n("fetch") + n("rpc") + n("alarm") + n("webSocketMessage") / 20;
    out.doRequests += requests;
    out.doRequestsByClass[owner] = requests;
    out.wsMessagesIn += n("webSocketMessage");
    out.alarmsSet += n("alarms_set");
  }
  return out;
}
