import { describe, expect, it } from "vitest";
import { billed } from "../../bench/cost/billed.ts";
import { per1000, type KbShape, type PerConversation } from "../../bench/cost/model.ts";

const KB: KbShape = { passages: 100, mean_passage_chars: 300, mean_question_chars: 60 };

function conversation(overrides: Partial<PerConversation> = {}): PerConversation {
  return {
    worker_requests: 2,
    worker_cpu_ms: 0,
    do_requests: 0,
    ws_messages_in: 0,
    do_active_ms: 0,
    do_rows_written: 0,
    d1_statements: 0,
    d1_rows_read: 0,
    d1_rows_written: 0,
    ai_turns: 0,
    moved_on: 0,
    handoffs: 0,
    ai_calls: 0,
    ...overrides,
  };
}

describe("the cost model behind README 'What it costs'", () => {
  it("bills an object's HTTP requests, RPCs and alarms whole and its incoming WebSocket messages 20:1", () => {
    const b = billed({
      Worker: { fetch: 3, d1_rows_read: 10 },
      ConversationDO: { fetch: 2, rpc: 4, alarm: 1, webSocketMessage: 40, alarms_set: 5, d1_rows_written: 7 },
    });
    expect(b.workerRequests).toBe(3);
    expect(b.doRequests).toBe(9);
    expect(b.doRequestsByClass).toEqual({ ConversationDO: 9 });
    expect(b.wsMessagesIn).toBe(40);
    expect(b.alarmsSet).toBe(5);
    expect(b.d1RowsRead).toBe(10);
    expect(b.d1RowsWritten).toBe(7);
  });

  it("prices 1,000 conversations of the mix at the published rates", () => {
    // 2 Worker requests each at $0.30 per million, whatever the kind: 1,000 × 2 × 0.3 / 1e6.
    const kinds = { ai_only: conversation(), handed_off: conversation({ d1_rows_written: 10 }) };
    const cost = per1000(kinds, { ai_only: 0.7, handed_off: 0.3 }, "embedded", KB);
    expect(cost.lines.find((l) => l.item === "Worker requests")?.usd).toBeCloseTo(0.0006, 9);
    // 300 handed-off conversations × 10 rows at $1.00 per million rows written.
    expect(cost.lines.find((l) => l.item === "D1 rows written")?.usd).toBeCloseTo(0.003, 9);
    expect(cost.usd).toBeCloseTo(0.0036, 9);
    expect(cost.lines.some((l) => l.item.startsWith("Workers AI"))).toBe(false);
  });

  it("adds Workers AI only where the AI answered, and more for more turns", () => {
    const one = per1000({ ai_only: conversation({ ai_turns: 1 }), handed_off: conversation() }, { ai_only: 1, handed_off: 0 }, "workers-ai", KB);
    const three = per1000({ ai_only: conversation({ ai_turns: 3 }), handed_off: conversation() }, { ai_only: 1, handed_off: 0 }, "workers-ai", KB);
    const llama = (c: typeof one) => c.lines.find((l) => l.item.startsWith("Workers AI llama"))?.usd ?? 0;
    expect(llama(one)).toBeGreaterThan(0);
    expect(llama(three)).toBeCloseTo(3 * llama(one), 9);
  });

  it("leaves a count that was not measured out of the total instead of guessing it", () => {
    const cost = per1000({ ai_only: conversation({ d1_rows_read: Number.NaN }), handed_off: conversation() }, { ai_only: 0.5, handed_off: 0.5 }, "embedded", KB);
    expect(cost.not_measured).toEqual(["D1 rows read"]);
    expect(cost.lines.find((l) => l.item === "D1 rows read")?.usd).toBeNull();
    expect(cost.usd).toBeCloseTo(0.0006, 9);
  });
});
