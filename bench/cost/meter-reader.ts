/**
 * GET /api/meter (worker/durable/meter.ts, on with METER=on): counts per
 * owner ("Worker" and each Durable Object class). Null when the route is
 * absent (a tree without the meter, or the meter off), so the cost phase can
 * say its server-side counts are estimates instead of failing.
 */
import { z } from "zod";

const Counts = z.object({
  wakes: z.number(),
  fetch: z.number(),
  webSocketMessage: z.number(),
  webSocketClose: z.number(),
  alarm: z.number(),
  alarms_set: z.number(),
  rpc: z.number(),
  d1_statements: z.number(),
  d1_rows_read: z.number(),
  d1_rows_written: z.number(),
  ai_calls: z.number(),
});
const Snapshot = z.object({ owners: z.record(z.string(), Counts), total: Counts });
type Snapshot = z.infer<typeof Snapshot>;

/** The billed quantities one reading gives. */
export class MeterReading {
  readonly workerRequests: number;
  /** HTTP requests (WebSocket upgrades), RPC calls and alarms to objects, plus incoming WebSocket messages at 20:1. */
  readonly doRequests: number;
  readonly wsMessagesIn: number;
  readonly alarmsSet: number;
  readonly d1RowsRead: number;
  readonly d1RowsWritten: number;
  readonly aiCalls: number;

  constructor(values: Omit<MeterReading, "minus">) {
    this.workerRequests = values.workerRequests;
    this.doRequests = values.doRequests;
    this.wsMessagesIn = values.wsMessagesIn;
    this.alarmsSet = values.alarmsSet;
    this.d1RowsRead = values.d1RowsRead;
    this.d1RowsWritten = values.d1RowsWritten;
    this.aiCalls = values.aiCalls;
  }

  static of(snapshot: Snapshot): MeterReading {
    const objects = Object.entries(snapshot.owners).filter(([owner]) => owner !== "Worker").map(([, c]) => c);
    const sum = (pick: (c: z.infer<typeof Counts>) => number) => objects.reduce((s, c) => s + pick(c), 0);
    const wsIn = sum((c) => c.webSocketMessage);
    return new MeterReading({
      workerRequests: snapshot.owners.Worker?.fetch ?? 0,
      doRequests: sum((c) => c.fetch + c.rpc + c.alarm) + wsIn / 20,
      wsMessagesIn: wsIn,
      alarmsSet: sum((c) => c.alarms_set),
      d1RowsRead: snapshot.total.d1_rows_read,
      d1RowsWritten: snapshot.total.d1_rows_written,
      aiCalls: snapshot.total.ai_calls,
    });
  }

  minus(before: MeterReading): MeterReading {
    return new MeterReading({
      workerRequests: this.workerRequests - before.workerRequests,
      doRequests: this.doRequests - before.doRequests,
      wsMessagesIn: this.wsMessagesIn - before.wsMessagesIn,
      alarmsSet: this.alarmsSet - before.alarmsSet,
      d1RowsRead: this.d1RowsRead - before.d1RowsRead,
      d1RowsWritten: this.d1RowsWritten - before.d1RowsWritten,
      aiCalls: this.aiCalls - before.aiCalls,
    });
  }
}

export async function readMeter(base: string): Promise<MeterReading | null> {
  const response = await fetch(`${base}/api/meter`);
  if (response.status === 404) {
    await response.arrayBuffer();
    return null;
  }
  if (!response.ok) throw new Error(`GET /api/meter: HTTP ${response.status} ${await response.text()}`);
  return MeterReading.of(Snapshot.parse(await response.json()));
}
