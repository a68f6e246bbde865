import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MeterCounts } from "../../worker/durable/meter.ts";
import { createSite, visitorInNewConversation } from "../helpers/fixtures.ts";

// This file runs in the "meter" project of vitest.config.ts, where METER is "on".
type Snapshot = { owners: Record<string, MeterCounts>; total: MeterCounts };

async function meterNow(): Promise<Snapshot> {
  const response = await exports.default.fetch("https://baton.test/api/meter");
  expect(response.status).toBe(200);
  return (await response.json()) as Snapshot;
}

describe("GET /api/meter with METER=on", () => {
  it("counts a conversation object's wake, its socket's fetch and frames, and the worker's D1 rows", async () => {
    expect(env.METER).toBe("on");
    const before = await meterNow();
    const siteId = await createSite();
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "message", clientId: "m1", text: "hello there" });
    await visitor.socket.take("ack", (f) => f.clientId === "m1");
    const after = await meterNow();
    const was = before.owners.ConversationDO;
    const now = after.owners.ConversationDO;
    expect(now?.wakes).toBe((was?.wakes ?? 0) + 1);
    expect(now?.fetch).toBe((was?.fetch ?? 0) + 1);
    expect(now?.webSocketMessage).toBe((was?.webSocketMessage ?? 0) + 1);
    // Starting the conversation read the site from D1 in the worker.
    expect(after.owners.Worker?.d1_statements ?? 0).toBeGreaterThan(before.owners.Worker?.d1_statements ?? 0);
    expect(after.owners.Worker?.d1_rows_read ?? 0).toBeGreaterThan(before.owners.Worker?.d1_rows_read ?? 0);
    expect(after.owners.ConversationDO?.rpc ?? 0).toBeGreaterThan(before.owners.ConversationDO?.rpc ?? 0);
  });
});
